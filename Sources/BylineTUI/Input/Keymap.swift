/// Which action a key triggers in each pane. Built from ``ActionDescriptor/all`` and then
/// changed by `bind` lines in the config file.
public struct Keymap: Hashable, Sendable {
  private var bindings: [Pane: [Key: Action]]

  /// The default keymap, straight from the action table.
  public init() {
    bindings = [:]
    for descriptor in ActionDescriptor.all {
      for pane in descriptor.panes {
        for key in descriptor.keys { bindings[pane, default: [:]][key] = descriptor.action }
      }
    }
  }

  /// The action `key` triggers in `pane`, if any.
  func action(for key: Key, in pane: Pane) -> Action? {
    bindings[pane]?[key]
  }

  /// Binds `key` to `action` in every pane where the action is valid, replacing what the key
  /// did there before.
  mutating func bind(_ key: Key, to action: Action) {
    guard let descriptor = ActionDescriptor.of(action) else { return }
    for pane in descriptor.panes { bindings[pane, default: [:]][key] = action }
  }

  /// The keys that trigger `action` in any pane, in a stable order (default keys first).
  func keys(for action: Action) -> [Key] {
    var keys: [Key] = []
    let defaults = ActionDescriptor.of(action)?.keys ?? []
    for key in defaults where bindings.values.contains(where: { $0[key] == action }) {
      keys.append(key)
    }
    let extra = Set(bindings.values.flatMap { $0.filter { $0.value == action }.keys })
      .subtracting(keys)
      .sorted { $0.name < $1.name }
    return keys + extra
  }
}
