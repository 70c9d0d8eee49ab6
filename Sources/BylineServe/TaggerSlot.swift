import BylineCore

/// The tagger the refresher loads once, on first need. Used only on the refresh queue (a
/// serial queue), hence unchecked.
final class TaggerSlot: @unchecked Sendable {
  var isLoaded = false
  var tagger: EntityTagger?
}
