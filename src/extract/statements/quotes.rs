//! Pairs quotation marks paragraph by paragraph, whatever their style: "…", “…”, ‘…’, '…', «…», „…“, ‹…›.

use crate::text::{Token, TokenKind};

/// A quotation at the top level: nested quotations belong to the one around them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Quote {
    /// The opening mark's token.
    pub open: usize,
    /// The closing mark's token; for a paragraph of a quotation that goes on into the next paragraph (which
    /// reopens it without closing it first), the next paragraph's first token.
    pub close: usize,
}

impl Quote {
    /// The tokens between the marks.
    pub fn inner(&self) -> std::ops::Range<usize> {
        self.open + 1..self.close
    }
}

/// Marks of one family close each other; the tokenizer already told opening from closing marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

fn family(mark: &str) -> Family {
    match mark {
        "'" | "‘" | "’" | "‚" => Family::Single,
        "«" | "»" => Family::Guillemet,
        "‹" | "›" => Family::SingleGuillemet,
        _ => Family::Double,
    }
}

/// The top-level quotations of a text, in order. An unbalanced mark is dropped at the end of its paragraph,
/// so it never swallows the rest of the article.
pub(super) fn find_quotes(text: &str, tokens: &[Token]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Vec<(usize, Family)> = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.newline_before && !open.is_empty() {
            let (start, outer) = open[0];
            let reopens = token.kind == TokenKind::OpenQuote && family(token.text(text)) == outer;
            if reopens {
                quotes.push(Quote { open: start, close: index });
            }
            open.clear();
        }
        match token.kind {
            TokenKind::OpenQuote => open.push((index, family(token.text(text)))),
            TokenKind::CloseQuote => {
                let closing = family(token.text(text));
                let Some(depth) = open.iter().rposition(|&(_, family)| family == closing) else { continue };
                // A stray apostrophe read as an opening single quote must not hide the quotation after it.
                let outermost = open[..depth].iter().all(|&(_, family)| family == Family::Single && closing != family);
                if outermost {
                    quotes.push(Quote { open: open[depth].0, close: index });
                }
                open.truncate(depth);
            }
            _ => {}
        }
    }
    quotes.sort_by_key(|quote| quote.open);
    let mut outer_end = 0;
    quotes.retain(|quote| {
        let keep = quote.open >= outer_end && quote.close > quote.open + 1;
        outer_end = outer_end.max(quote.close);
        keep
    });
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn quoted(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        find_quotes(text, &tokens)
            .iter()
            .map(|quote| text[tokens[quote.open + 1].start..tokens[quote.close - 1].end].to_owned())
            .collect()
    }

    #[test]
    fn pairs_every_quotation_style() {
        let text = "A \"straight one\" and “curly one” and ‘single one’ and «guillemet one» and „low one“.";
        assert_eq!(quoted(text), ["straight one", "curly one", "single one", "guillemet one", "low one"]);
    }

    #[test]
    fn nested_quotations_stay_inside_the_outer_one() {
        assert_eq!(quoted("“He told me ‘never again’ twice,” she said."), ["He told me ‘never again’ twice,"]);
    }

    #[test]
    fn an_unbalanced_mark_is_dropped_at_the_paragraph_end() {
        let text = "The mayor said “we will rebuild.\n\nLater the council voted. “It is done,” a clerk said.";
        assert_eq!(quoted(text), ["It is done,"]);
    }

    #[test]
    fn a_quotation_reopened_in_the_next_paragraph_gives_one_segment_per_paragraph() {
        let text = "“The river rose overnight.\n\n“By dawn the bridge was gone,” the farmer said.";
        assert_eq!(quoted(text), ["The river rose overnight.", "By dawn the bridge was gone,"]);
    }

    #[test]
    fn an_apostrophe_before_a_quotation_does_not_hide_it() {
        assert_eq!(quoted("Back in the '90s he said “we were poor” often."), ["we were poor"]);
    }
}
