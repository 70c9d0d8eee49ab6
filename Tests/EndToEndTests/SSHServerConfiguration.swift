/// The `sshd_config` of a test server: loopback only, one port, public keys from one file.
struct SSHServerConfiguration {
  /// The TCP port on 127.0.0.1.
  var port: UInt16
  /// The private host key file.
  var hostKey: String
  /// The only authorized_keys file the server reads.
  var authorizedKeys: String
  /// Where sshd writes its PID.
  var pidFile: String
  /// The one user allowed to log in.
  var user: String

  /// The file's text. Everything but public-key login for `user` is turned off.
  var text: String {
    """
    # Written by the Byline SSH tests; removed with its folder when the test ends.
    Port \(port)
    ListenAddress 127.0.0.1
    AddressFamily inet
    HostKey \(hostKey)
    PidFile \(pidFile)
    AuthorizedKeysFile \(authorizedKeys)
    AuthenticationMethods publickey
    PubkeyAuthentication yes
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    HostbasedAuthentication no
    PermitEmptyPasswords no
    PermitRootLogin prohibit-password
    AllowUsers \(user)
    UsePAM no
    StrictModes no
    UseDNS no
    AcceptEnv LANG LC_*
    PermitUserEnvironment no
    AllowTcpForwarding no
    AllowAgentForwarding no
    X11Forwarding no
    PrintMotd no
    PrintLastLog no
    LogLevel INFO

    """
  }
}
