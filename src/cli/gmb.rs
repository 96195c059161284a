//! Reading the Groningen Meaning Bank's `ner_dataset.csv`: Windows-1252 text, CSV rows
//! `Sentence #,Word,POS,Tag`, where a row whose first field is `Sentence: N` starts a sentence.

use std::fs;
use std::path::Path;

use anyhow::{Context, bail};
use newsgraph::extract::GmbToken;

use super::windows1252;

const HEADER: &str = "Sentence #,Word,POS,Tag";

/// The sentences of the file as GMB rows. The file ends in the middle of a sentence, so its last
/// sentence is dropped.
pub fn read(path: &Path) -> anyhow::Result<Vec<Vec<GmbToken>>> {
    let bytes = fs::read(path).with_context(|| {
        format!("cannot read the GMB training data at {} (it comes with ../shared; see --gmb)", path.display())
    })?;
    let text = windows1252::decode(&bytes);
    parse(&text).with_context(|| format!("{} is not the GMB's ner_dataset.csv", path.display()))
}

fn parse(text: &str) -> anyhow::Result<Vec<Vec<GmbToken>>> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, HEADER)) => {}
        _ => bail!("line 1: expected the header {HEADER:?}"),
    }
    let mut sentences: Vec<Vec<GmbToken>> = Vec::new();
    for (index, line) in lines.filter(|(_, line)| !line.is_empty()) {
        let line_number = index + 1;
        let fields = split_fields(line).with_context(|| format!("line {line_number}"))?;
        let [first, word, pos, tag] = <[String; 4]>::try_from(fields)
            .map_err(|fields| anyhow::anyhow!("line {line_number}: {} fields, not 4", fields.len()))?;
        if first.starts_with("Sentence:") {
            sentences.push(Vec::new());
        }
        let Some(sentence) = sentences.last_mut() else {
            bail!("line {line_number}: a word before the first sentence")
        };
        sentence.push(GmbToken { word, pos, tag });
    }
    sentences.pop();
    Ok(sentences)
}

/// Splits one CSV line: a field in double quotes may hold commas, and `""` inside it is one quote.
fn split_fields(line: &str) -> anyhow::Result<Vec<String>> {
    let mut fields = Vec::new();
    let mut rest = line;
    loop {
        let (field, after) = match rest.strip_prefix('"') {
            Some(quoted) => {
                let mut field = String::new();
                let mut characters = quoted.char_indices();
                let end = loop {
                    match characters.next() {
                        Some((at, '"')) if quoted[at + 1..].starts_with('"') => {
                            field.push('"');
                            characters.next();
                        }
                        Some((at, '"')) => break at + 1,
                        Some((_, character)) => field.push(character),
                        None => bail!("a quoted field is not closed"),
                    }
                };
                (field, &quoted[end..])
            }
            None => {
                let end = rest.find(',').unwrap_or(rest.len());
                (rest[..end].to_owned(), &rest[end..])
            }
        };
        fields.push(field);
        match after.strip_prefix(',') {
            Some(next) => rest = next,
            None if after.is_empty() => return Ok(fields),
            None => bail!("text after a closing quote"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_hold_commas_and_quotes() {
        assert_eq!(split_fields(r#","""",``,O"#).unwrap(), ["", "\"", "``", "O"]);
        assert_eq!(split_fields(r#","1,000",CD,O"#).unwrap(), ["", "1,000", "CD", "O"]);
        assert_eq!(split_fields("Sentence: 1,Thousands,NNS,O").unwrap(), ["Sentence: 1", "Thousands", "NNS", "O"]);
        assert!(split_fields(r#","oops,NN,O"#).is_err());
    }

    #[test]
    fn sentences_start_at_their_number_and_the_cut_one_is_dropped() {
        let text =
            "Sentence #,Word,POS,Tag\r\nSentence: 1,Paris,NNP,B-geo\r\n,\"\"\"\",``,O\r\nSentence: 2,Cut,NN,O\r\n";
        let sentences = parse(text).unwrap();
        assert_eq!(sentences.len(), 1);
        let words: Vec<_> = sentences[0].iter().map(|token| token.word.as_str()).collect();
        assert_eq!(words, ["Paris", "\""]);
        assert_eq!(sentences[0][0].tag, "B-geo");
    }

    #[test]
    fn other_files_are_refused() {
        assert!(parse("a,b\n").is_err());
    }
}
