/// A problem in the config file. Byline still starts; the problem is shown in the status line.
public enum ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// `bind` names a key Byline does not know.
  case unknownKey(name: String, file: String, line: Int)
  /// `bind` names an action Byline does not have.
  case unknownAction(name: String, file: String, line: Int)
  /// A line starts with a setting Byline does not have.
  case unknownSetting(name: String, file: String, line: Int)
  /// A setting's value is not valid.
  case invalidValue(setting: String, value: String, file: String, line: Int)
  /// A line has the wrong number of words.
  case malformedLine(text: String, file: String, line: Int)
  /// The file exists but could not be read.
  case unreadable(file: String, reason: String)

  /// A one-line message naming the file and line. Text quoted from the file is shown as
  /// theme errors show it (controls as U+FFFD, cut to 40 characters), so it is safe to print.
  public var description: String {
    switch self {
    case .unknownKey(let name, let file, let line):
      "\(file):\(line): unknown key '\(ThemeError.visible(name))'"
    case .unknownAction(let name, let file, let line):
      "\(file):\(line): unknown action '\(ThemeError.visible(name))'"
    case .unknownSetting(let name, let file, let line):
      "\(file):\(line): unknown setting '\(ThemeError.visible(name))'"
    case .invalidValue(let setting, let value, let file, let line):
      "\(file):\(line): invalid value '\(ThemeError.visible(value))' for \(setting)"
    case .malformedLine(let text, let file, let line):
      "\(file):\(line): cannot read '\(ThemeError.visible(text))'"
    case .unreadable(let file, let reason):
      "\(file): cannot read: \(reason)"
    }
  }
}
