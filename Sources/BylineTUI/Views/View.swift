/// Something that draws itself into an area of the screen grid, and nowhere else.
protocol View {
  /// Draws into `area` of `screen`.
  func render(in area: Rect, on screen: inout Screen)
}
