import BylineCore

/// Scores a model on CoNLL documents the conlleval way (entity level, exact span and type, on the
/// data's own tokens).
public enum TaggerEvaluation {
  /// The entity-level score of `model` on `documents`, each tagged whole (later sentences see
  /// earlier ones, and repeated names agree), or, with `sentencesAlone`, each sentence tagged
  /// as if it were a document of its own. `consistent: false` leaves out the document-level
  /// agreement of repeated names.
  public static func score(
    _ model: TaggerModel, on documents: [CoNLLDocument], sentencesAlone: Bool = false,
    consistent: Bool = true
  ) -> EntityScore {
    var score = EntityScore()
    for document in documents {
      let texts = document.sentences.map(\.tokens)
      let predicted =
        sentencesAlone
        ? texts.map { model.tags(ofDocument: [$0], consistent: consistent)[0] }
        : model.tags(ofDocument: texts, consistent: consistent)
      for (sentence, tags) in zip(document.sentences, predicted) {
        score.add(gold: sentence.tags, predicted: tags)
      }
    }
    return score
  }

  /// The entity-level score of `tagger` on `documents` turned back into running text (see
  /// ``CoNLLDocument/rawText(sentencesPerParagraph:)``): the tagger's own tokenizer, sentence
  /// splitter and rules run, and spans must match the gold ones exactly in scalar offsets.
  public static func scoreOnRawText(
    _ tagger: EntityTagger, on documents: [CoNLLDocument]
  ) -> EntityScore {
    var score = EntityScore()
    for document in documents {
      let paragraphs = document.rawText()
      let predicted = tagger.entities(inDocument: paragraphs.map(\.text))
      for (paragraph, spans) in zip(paragraphs, predicted) {
        score.add(gold: paragraph.entities, predicted: spans)
      }
    }
    return score
  }
}
