/// What every session handler shares: the settings, the gate, the running readers and the log.
struct SessionServices: Sendable {
  let configuration: ServeConfiguration
  let gate: AddressGate
  let registry: ReaderRegistry
  let log: ServeLog
}
