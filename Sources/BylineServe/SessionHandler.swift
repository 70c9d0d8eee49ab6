import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// One SSH session channel: a pty request and a shell request start the reader; exec,
/// subsystems and other environment variables are refused and logged; window changes resize the
/// reader's terminal; the reader's exit ends the session, and a dropped session hangs the reader
/// up (SIGHUP: it saves its state and exits; the reaper collects it).
final class SessionHandler: ChannelDuplexHandler {
  typealias InboundIn = SSHChannelData
  typealias OutboundIn = SSHChannelData
  typealias OutboundOut = SSHChannelData

  private let services: SessionServices
  private let record: ConnectionRecord
  private var terminal: TerminalRequest?
  private var environment: [String: String] = [:]
  private var reader: ReaderProcess?
  private var terminalChannel: Channel?
  private var exitStatus: Int?
  private var terminalClosed = false
  private var finished = false
  private var dropped = false
  private var holdsSession = false
  private var closingIdle = false
  private var started = Date()
  private var lastInput = Date()
  private var idleCheck: RepeatedTask?

  init(services: SessionServices, record: ConnectionRecord) {
    self.services = services
    self.record = record
  }

  func handlerAdded(context: ChannelHandlerContext) {
    _ = context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true)
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    switch event {
    case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
      // A client without a terminal of its own (`ssh -tt` from a script) sends 0 × 0.
      let sized = request.terminalCharacterWidth > 0 && request.terminalRowHeight > 0
      terminal = TerminalRequest(
        term: TerminalRequest.cleanTerm(request.term),
        columns: sized ? request.terminalCharacterWidth : 80,
        rows: sized ? request.terminalRowHeight : 24)
      reply(context, request.wantReply, success: true)
    case let request as SSHChannelRequestEvent.EnvironmentRequest:
      if TerminalRequest.isPassed(request.name), TerminalRequest.isCleanValue(request.value) {
        environment[request.name] = request.value
        reply(context, request.wantReply, success: true)
      } else {
        services.log.line("refused environment variable for \(record.logName)")
        reply(context, request.wantReply, success: false)
      }
    case let request as SSHChannelRequestEvent.ShellRequest:
      startReader(context, wantReply: request.wantReply)
    case let request as SSHChannelRequestEvent.ExecRequest:
      services.log.line("refused exec for \(record.logName): nothing run")
      reply(context, request.wantReply, success: false)
      refuse(context, "byline serve runs no commands: connect without one to read.")
    case let request as SSHChannelRequestEvent.SubsystemRequest:
      services.log.line("refused subsystem for \(record.logName)")
      reply(context, request.wantReply, success: false)
      refuse(context, "byline serve has no subsystems (sftp, scp): it only shows the reader.")
    case let request as SSHChannelRequestEvent.WindowChangeRequest:
      terminal?.columns = request.terminalCharacterWidth
      terminal?.rows = request.terminalRowHeight
      if let reader {
        ReaderProcess.resize(
          master: reader.master, columns: request.terminalCharacterWidth,
          rows: request.terminalRowHeight)
      }
    case let event as SessionEvent:
      handle(event, context: context)
    case is IdleTick:
      idleTick(context)
    default:
      context.fireUserInboundEventTriggered(event)
    }
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let message = unwrapInboundIn(data)
    guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
    lastInput = Date()
    terminalChannel?.writeAndFlush(bytes, promise: nil)
  }

  func channelInactive(context: ChannelHandlerContext) {
    dropped = true
    if let reader, exitStatus == nil {
      // The connection dropped: hang the terminal up, as sshd does (the master closes, so the
      // reader's reads fail, and it gets SIGHUP); it saves its state and exits, and the reaper
      // collects it.
      terminalChannel?.close(promise: nil)
      kill(reader.pid, SIGHUP)
      services.log.line(
        "session end \(record.logName) from \(record.address): connection closed, reader "
          + "pid \(reader.pid) hung up")
    }
    idleCheck?.cancel()
    releaseSession()
    context.fireChannelInactive()
  }

  private func startReader(_ context: ChannelHandlerContext, wantReply: Bool) {
    guard let terminal, reader == nil else {
      reply(context, wantReply, success: true)
      refuse(
        context,
        "byline serve is a reader: connect from a terminal (ssh -t), without a command.")
      return
    }
    guard services.gate.takeSession() else {
      services.log.line("refused session for \(record.logName): the server is full")
      reply(context, wantReply, success: true)
      refuse(context, "The server is full; try again later.")
      return
    }
    holdsSession = true
    guard let identity = record.identity else {
      reply(context, wantReply, success: false)
      context.close(promise: nil)
      return
    }
    let configuration = services.configuration
    let folder = configuration.readers.appendingPathComponent(identity.fingerprint.folderName)
    var variables = environment
    variables["TERM"] = terminal.term
    variables["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    variables["HOME"] = folder.path
    variables["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
    variables["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
    // A crashing reader must just end: Swift's backtracer would otherwise wait for keys on
    // the reader's terminal (its default when that is a tty) and keep the session's place.
    variables["SWIFT_BACKTRACE"] = "enable=no"
    if variables["LANG"] == nil, variables["LC_ALL"] == nil, variables["LC_CTYPE"] == nil {
      variables["LANG"] = "C.UTF-8"
    }
    let arguments = [
      "read", "--library", configuration.library.path, "--reading-state",
      folder.appendingPathComponent("reading-state.sqlite").path,
    ]
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let process = try ReaderProcess.start(
        executable: configuration.readerExecutable, arguments: arguments, environment: variables,
        columns: terminal.columns, rows: terminal.rows)
      reader = process
    } catch {
      services.log.line("session for \(record.logName) failed to start a reader: \(error)")
      reply(context, wantReply, success: true)
      refuse(context, "The reader could not be started; the server's log says why.")
      return
    }
    guard let process = reader else { return }
    services.registry.add(process.pid)
    started = Date()
    services.log.line("session start \(record.logName) from \(record.address) pid \(process.pid)")
    reply(context, wantReply, success: true)

    let session = context.channel
    let registry = services.registry
    Thread.detachNewThread {
      let status = ReaderProcess.wait(for: process.pid)
      registry.remove(process.pid)
      session.pipeline.fireUserInboundEventTriggered(SessionEvent.readerExited(status))
    }
    NIOPipeBootstrap(group: context.eventLoop)
      .channelInitializer { pty in
        pty.eventLoop.makeCompletedFuture {
          try pty.pipeline.syncOperations.addHandler(TerminalOutputHandler(session: session))
        }
      }
      .takingOwnershipOfDescriptor(inputOutput: process.master)
      .whenComplete { result in
        switch result {
        case .success(let pty):
          registry.attach(pty, to: process.pid)
          if session.isActive {
            session.pipeline.fireUserInboundEventTriggered(SessionEvent.terminalReady(pty))
          } else {
            pty.close(promise: nil)
            kill(process.pid, SIGHUP)
          }
        case .failure:
          Glibc.close(process.master)
          session.pipeline.fireUserInboundEventTriggered(SessionEvent.terminalClosed)
        }
      }
    let timeout = configuration.idleTimeout
    let check = TimeAmount.seconds(Int64(min(60, max(1, timeout / 4))))
    idleCheck = context.eventLoop.scheduleRepeatedTask(initialDelay: check, delay: check) {
      _ in
      session.pipeline.fireUserInboundEventTriggered(IdleTick())
    }
  }

  private func handle(_ event: SessionEvent, context: ChannelHandlerContext) {
    switch event {
    case .terminalReady(let channel):
      if finished || dropped || exitStatus != nil && terminalClosed {
        channel.close(promise: nil)
      } else {
        terminalChannel = channel
      }
    case .terminalClosed:
      terminalClosed = true
      finishIfDone(context)
    case .readerExited(let status):
      exitStatus = status
      // Output still in the terminal goes out first; the terminal closes with EIO soon after.
      let session = context.channel
      context.eventLoop.scheduleTask(in: .milliseconds(500)) {
        session.pipeline.fireUserInboundEventTriggered(SessionEvent.terminalClosed)
      }
      finishIfDone(context)
    }
  }

  private func finishIfDone(_ context: ChannelHandlerContext) {
    guard let exitStatus, terminalClosed, !finished else { return }
    finished = true
    idleCheck?.cancel()
    terminalChannel?.close(promise: nil)
    let seconds = Int(Date().timeIntervalSince(started))
    services.log.line(
      "session end \(record.logName) from \(record.address): reader exited with status "
        + "\(exitStatus) after \(seconds) s")
    releaseSession()
    if closingIdle {
      let idle = Self.duration(services.configuration.idleTimeout)
      writeError(context, "byline serve: closed after \(idle) without input.")
    }
    context.triggerUserOutboundEvent(
      SSHChannelRequestEvent.ExitStatus(exitStatus: exitStatus), promise: nil)
    context.close(promise: nil)
  }

  private func releaseSession() {
    if holdsSession {
      holdsSession = false
      services.gate.releaseSession()
    }
  }

  private func reply(_ context: ChannelHandlerContext, _ wantReply: Bool, success: Bool) {
    guard wantReply else { return }
    if success {
      context.triggerUserOutboundEvent(ChannelSuccessEvent(), promise: nil)
    } else {
      context.triggerUserOutboundEvent(ChannelFailureEvent(), promise: nil)
    }
  }

  /// Writes one line to the client's standard error, exits with status 1 and closes.
  private func refuse(_ context: ChannelHandlerContext, _ message: String) {
    writeError(context, message)
    context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
    context.close(promise: nil)
  }

  /// Writes one line to the client's standard error.
  private func writeError(_ context: ChannelHandlerContext, _ message: String) {
    var buffer = context.channel.allocator.buffer(capacity: message.utf8.count + 2)
    buffer.writeString(message + "\r\n")
    context.writeAndFlush(
      wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(buffer))), promise: nil)
  }

  /// `seconds` as the log and the client are told it: `2 h`, `15 min`, `4 s`.
  static func duration(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds)
    if whole >= 3600, whole % 3600 == 0 { return "\(whole / 3600) h" }
    if whole >= 60, whole % 60 == 0 { return "\(whole / 60) min" }
    return "\(whole) s"
  }

  /// Closes a session left without input for the idle timeout: the reader is told to quit
  /// (SIGTERM: it saves its state and restores the client's screen), and the session ends with
  /// it, with a line saying why; a reader still running a few seconds later is hung up.
  private func idleTick(_ context: ChannelHandlerContext) {
    let timeout = services.configuration.idleTimeout
    guard !finished, !closingIdle, Date().timeIntervalSince(lastInput) >= timeout else { return }
    closingIdle = true
    idleCheck?.cancel()
    services.log.line(
      "session idle \(record.logName) from \(record.address): closed after \(Self.duration(timeout)) "
        + "without input")
    guard let reader, exitStatus == nil else {
      context.close(promise: nil)
      return
    }
    kill(reader.pid, SIGTERM)
    let session = context.channel
    context.eventLoop.scheduleTask(in: .seconds(5)) { session.close(promise: nil) }
  }
}

/// A periodic nudge to check a session for idleness.
struct IdleTick: Sendable {}
