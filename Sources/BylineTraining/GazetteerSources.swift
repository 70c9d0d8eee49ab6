import BylineCore
import Foundation

/// Where the tagger's gazetteer comes from at training time: Debian's iso-codes country and
/// subdivision lists, plus Byline's own lists of country aliases, cities, nationalities and given
/// names (see ``BuiltInNames``).
public enum GazetteerSources {
  /// The usual location of the iso-codes JSON files.
  public static let isoCodesDirectory = URL(fileURLWithPath: "/usr/share/iso-codes/json")

  /// Why the iso-codes lists could not be read.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// The file is missing or is not the expected JSON.
    case unreadable(path: String, reason: String)

    /// A sentence for the user.
    public var description: String {
      switch self {
      case .unreadable(let path, let reason): "\(path): \(reason)"
      }
    }
  }

  /// The gazetteer built from the iso-codes files in `directory` and the built-in lists.
  public static func gazetteer(isoCodes directory: URL = isoCodesDirectory) throws(Failure)
    -> Gazetteer
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
