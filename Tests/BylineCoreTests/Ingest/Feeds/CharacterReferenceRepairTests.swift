import Testing

@testable import BylineCore

/// The character-reference pass that runs before libxml2 sees a feed: what it rewrites, and
/// what it must leave alone.
@Suite struct CharacterReferenceRepairTests {
  @Test func xmlModeRewritesReferencesAndEscapesBareAmpersands() {
    let repaired = CharacterReferenceRepair.repaired(
      "<t a=\"?x=1&y=2\">Caf&eacute; &amp; &#146; &#0; & &unknown; &lt;</t>", mode: .xml)
    #expect(
      repaired
        == "<t a=\"?x=1&amp;y=2\">Caf&#xE9; &amp; &#x2019; &#xFFFD; &amp; &amp;unknown; &lt;</t>")
  }

  @Test func cdataCommentsProcessingInstructionsAndTheDoctypeAreLeftAlone() {
    let text =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"&#233; & ]>\">]><!-- & --><![CDATA[ & &eacute; ]]>"
    #expect(CharacterReferenceRepair.repaired(text, mode: .xml) == text)
  }

  @Test func htmlModeLeavesBareAmpersandsAndUnknownNamesToTheHTMLParser() {
    let repaired = CharacterReferenceRepair.repaired(
      "<p>Tom & Jerry &bigstar; &#150; &madeup; &copy 2020</p>", mode: .html)
    #expect(repaired == "<p>Tom & Jerry &#x2605; &#x2013; &madeup; &copy 2020</p>")
  }

  @Test func manyReferencesAreAllRewritten() {
    // Hostile shapes: long runs of ampersands, unterminated references and markup openers.
    let unit = "&eacute;&&#&#x;&#99999999999;&a<![CDATA[<!--<?"
    let text = "<r>" + String(repeating: "&eacute;", count: 50_000) + "</r>"
    let repaired = CharacterReferenceRepair.repaired(text, mode: .xml)
    #expect(repaired == "<r>" + String(repeating: "&#xE9;", count: 50_000) + "</r>")
    let hostile = String(repeating: unit, count: 20_000)
    let out = CharacterReferenceRepair.repaired(hostile, mode: .xml)
    #expect(out.hasPrefix("&#xE9;&amp;&amp;#&amp;#x;&amp;#99999999999;&amp;a<![CDATA["))
  }
}
