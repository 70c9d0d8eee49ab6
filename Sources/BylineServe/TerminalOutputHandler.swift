import NIOCore
import NIOSSH

/// On the pty channel: passes the reader's output to its SSH channel as channel data, and
/// tells the session when the terminal closes.
final class TerminalOutputHandler: ChannelInboundHandler, Sendable {
  typealias InboundIn = ByteBuffer

  private let session: Channel

  init(session: Channel) { self.session = session }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let bytes = unwrapInboundIn(data)
    session.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil)
  }

  func channelInactive(context: ChannelHandlerContext) {
    session.pipeline.fireUserInboundEventTriggered(SessionEvent.terminalClosed)
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: Error) {
    // EIO once the reader has exited and closed its side: the end of output.
    context.close(promise: nil)
  }
}
