import BylineCore
import Foundation

/// Where the tagger's gazetteer comes from at training time: Debian's iso-codes country and
/// subdivision lists, Byline's own lists of country aliases, cities, nationalities, given names
/// and organisations (see ``BuiltInNames``), and optionally a file of more names made by
/// `Scripts/make-tagger-names.py` from PyPI packages (GeoNames places, first names and
/// surnames, companies, clubs, common English words).
public enum GazetteerSources {
  /// The usual location of the iso-codes JSON files.
  public static let isoCodesDirectory = URL(fileURLWithPath: "/usr/share/iso-codes/json")

  /// Why the iso-codes lists could not be read.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// The file is missing or is not the expected JSON.
    case unreadable(path: String, reason: String)
    /// A line of the names file is not `CATEGORY<TAB>NAME` with a known category.
    case badLine(path: String, line: Int, reason: String)

    /// A sentence for the user.
    public var description: String {
      switch self {
      case .unreadable(let path, let reason): "\(path): \(reason)"
      case .badLine(let path, let line, let reason): "\(path):\(line): \(reason)"
      }
    }
  }

  /// The gazetteer built from the iso-codes files in `directory`, the built-in lists and, when
  /// given, the names file at `names` (`CATEGORY<TAB>NAME` lines).
  public static func gazetteer(isoCodes directory: URL = isoCodesDirectory, names: URL? = nil)
    throws(Failure) -> Gazetteer
  {
    var entries: [Gazetteer.Entry] = []
    var seen: Set<String> = []
    func add(_ category: Gazetteer.Category, _ name: String) {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, seen.insert("\(category.rawValue):\(trimmed)").inserted else {
        return
      }
      entries.append(Gazetteer.Entry(category: category, name: trimmed))
    }
    for record in try records(directory.appendingPathComponent("iso_3166-1.json"), key: "3166-1") {
      for field in ["name", "common_name", "official_name"] {
        guard let name = record[field] else { continue }
        for variant in variants(of: name) { add(.country, variant) }
      }
    }
    for record in try records(directory.appendingPathComponent("iso_3166-2.json"), key: "3166-2") {
      guard let name = record["name"] else { continue }
      for variant in variants(of: name) { add(.subdivision, variant) }
    }
    for name in BuiltInNames.countries { add(.country, name) }
    for name in BuiltInNames.cities { add(.city, name) }
    for name in BuiltInNames.nationalities { add(.nationality, name) }
    for name in BuiltInNames.givenNames { add(.firstName, name) }
    for name in BuiltInNames.organisations { add(.organisation, name) }
    if let names {
      for (category, name) in try namesFile(names) { add(category, name) }
    }
    return Gazetteer(entries: entries)
  }

  /// A name and its short forms: `Korea, Republic of` → also `Korea`; `Falkland Islands
  /// (Malvinas)` → `Falkland Islands` and `Malvinas`.
  static func variants(of name: String) -> [String] {
    var result = [name]
    if let open = name.firstIndex(of: "("), let close = name.firstIndex(of: ")"), open < close {
      result.append(String(name[..<open]))
      result.append(String(name[name.index(after: open)..<close]))
    }
    if let comma = name.firstIndex(of: ",") { result.append(String(name[..<comma])) }
    return result.filter { !$0.contains(",") && !$0.contains("(") }
  }

  /// The names of a `CATEGORY<TAB>NAME` file; blank lines and lines starting with `#` are
  /// skipped.
  static func namesFile(_ url: URL) throws(Failure) -> [(Gazetteer.Category, String)] {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    var result: [(Gazetteer.Category, String)] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 1)
      guard fields.count == 2, let category = categoryNames[String(fields[0])] else {
        throw .badLine(
          path: url.path, line: index + 1,
          reason: "expected CATEGORY<TAB>NAME, CATEGORY one of "
            + categoryNames.keys.sorted().joined(separator: ", "))
      }
      result.append((category, String(fields[1])))
    }
    return result
  }

  /// The categories as named in a names file.
  static let categoryNames: [String: Gazetteer.Category] = [
    "country": .country, "subdivision": .subdivision, "city": .city,
    "nationality": .nationality, "firstName": .firstName, "organisation": .organisation,
    "surname": .surname, "commonWord": .commonWord,
  ]

  private static func records(_ url: URL, key: String) throws(Failure) -> [[String: String]] {
    do {
      let data = try Data(contentsOf: url)
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let list = object[key] as? [[String: Any]]
      else {
        throw Failure.unreadable(path: url.path, reason: "no \"\(key)\" list")
      }
      return list.map { $0.compactMapValues { $0 as? String } }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
  }
}
