import CLibXML2

extension UnsafeMutablePointer where Pointee == xmlNode {
  /// Whether this is an element.
  var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

  /// Whether this is text or CDATA.
  var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

  /// The element's local name, lower-cased (HTML names are case-insensitive; feed names are
  /// compared lower-cased too, which no feed format makes ambiguous).
  var localName: String {
    guard let name = pointee.name else { return "" }
    let text = String(cString: name)
    let hasUpper = text.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    return hasUpper ? text.lowercased() : text
  }

  /// The namespace URI of the element, if any.
  var namespaceURI: String? {
    guard let ns = pointee.ns, let href = ns.pointee.href else { return nil }
    return String(cString: href)
  }

  /// The text of a text or CDATA node.
  var textValue: String {
    guard let content = pointee.content else { return "" }
    return String(cString: content)
  }

  /// The value of the attribute whose local name is `name` (compared lower-cased), if present.
  func attribute(_ name: String) -> String? {
    var attribute = pointee.properties
    while let current = attribute {
      if let attributeName = current.pointee.name,
        String(cString: attributeName).lowercased() == name
      {
        var value = ""
        var child = current.pointee.children
        while let node = child {
          if let content = node.pointee.content { value += String(cString: content) }
          child = node.pointee.next
        }
        return value
      }
      attribute = current.pointee.next
    }
    return nil
  }

  /// The element children, in order.
  var elementChildren: [XMLNodePointer] {
    var result: [XMLNodePointer] = []
    var child = pointee.children
    while let node = child {
      if node.isElement { result.append(node) }
      child = node.pointee.next
    }
    return result
  }

  /// All text below this node, concatenated in document order (entity references are not
  /// expanded). Iterative, so deep trees cannot exhaust the stack.
  var textContent: String {
    var parts: [String] = []
    walkDescendants { node in
      if node.isText { parts.append(node.textValue) }
      return node.pointee.type != XML_ENTITY_REF_NODE
    }
    return parts.joined()
  }

  /// Visits this node and its descendants in document order without recursion; `visit` returns
  /// whether to descend into the node's children.
  func walkDescendants(_ visit: (XMLNodePointer) -> Bool) {
    walk(enter: visit, exit: { _ in })
  }

  /// Visits this node and its descendants in document order without recursion, calling `enter`
  /// on the way down (return whether to descend) and `exit` on the way up (for every entered node
  /// whose children were visited or skipped).
  func walk(enter: (XMLNodePointer) -> Bool, exit: (XMLNodePointer) -> Void) {
    let root = self
    var node: XMLNodePointer? = root
    while let current = node {
      if enter(current), let child = current.pointee.children {
        node = child
        continue
      }
      exit(current)
      if current == root { return }
      // Move to the next sibling, climbing up (and exiting) as needed.
      var climbing: XMLNodePointer = current
      while true {
        if let next = climbing.pointee.next {
          node = next
          break
        }
        guard let parent = climbing.pointee.parent, parent != root.pointee.parent else {
          return
        }
        climbing = parent
        exit(climbing)
        if climbing == root { return }
      }
    }
  }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
  /// The 1-based line the node starts on, when libxml2 recorded it.
  var lineNumber: Int? {
    let line = xmlGetLineNo(self)
    return line > 0 ? Int(line) : nil
  }
}
