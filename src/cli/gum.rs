//! Reading the GUM genre documents of `../shared/training/gum/` as training sentences: the texts,
//! tokenised and split as extraction does, tagged with the proper-name cores of the gold's named
//! person, organization and place mentions (`gold.tsv`), one split of `splits.tsv` at a time.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use anyhow::{Context, bail};
use newsgraph::contract::EntityType;
use newsgraph::extract::{BioTag, TrainingSentence};
use newsgraph::text::{CodePoints, split_sentences, tokenize};

use super::word_classes::body_start;

/// The note `SOURCES.tsv` gives files whose headline was added from the metadata and carries no gold.
const UNANNOTATED_HEADLINE: &str = "first line not annotated";

/// One gold name: code-point offsets of its proper-name core and its type.
struct GoldName {
    start: usize,
    end: usize,
    kind: EntityType,
}

/// The text files of one split (`train`, `dev` or `test`) and their genres, in the order listed.
pub fn split_files(folder: &Path, split: &str) -> anyhow::Result<Vec<(String, String)>> {
    let files: Vec<(String, String)> = read_tsv(&folder.join("splits.tsv"), &["file", "genre", "split"])?
        .into_iter()
        .filter(|row| row[2] == split)
        .map(|row| (row[0].clone(), row[1].clone()))
        .collect();
    if files.is_empty() {
        bail!("{} lists no file of the split {split:?}", folder.join("splits.tsv").display());
    }
    Ok(files)
}

/// The documents of one split, each as its sentences, in the order listed.
pub fn read_split(folder: &Path, split: &str) -> anyhow::Result<Vec<Vec<TrainingSentence>>> {
    let files = split_files(folder, split)?;
    let unannotated: Vec<String> = read_tsv(&folder.join("SOURCES.tsv"), &["file", "notes"])?
        .into_iter()
        .filter(|row| row[1].contains(UNANNOTATED_HEADLINE))
        .map(|row| row[0].clone())
        .collect();
    let mut gold: HashMap<String, Vec<GoldName>> = HashMap::new();
    let gold_path = folder.join("gold.tsv");
    for row in read_tsv(&gold_path, &["file", "etype", "named", "core_start", "core_end"])? {
        let kind = match row[1].as_str() {
            "person" => EntityType::Person,
            "organization" => EntityType::Organization,
            "place" => EntityType::Place,
            _ => continue,
        };
        if row[2] != "True" || row[3].is_empty() {
            continue;
        }
        let offset = |field: &str| {
            field.parse::<usize>().with_context(|| format!("{}: bad offset {field:?}", gold_path.display()))
        };
        gold.entry(row[0].clone()).or_default().push(GoldName { start: offset(&row[3])?, end: offset(&row[4])?, kind });
    }
    files
        .iter()
        .map(|(file, _)| {
            let path = folder.join("texts").join(file);
            let text = fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let names = gold.get(file).map_or(&[][..], Vec::as_slice);
            Ok(sentences(&text, names, unannotated.contains(file)))
        })
        .collect()
}

/// The document's sentences after the date, tagged with the outermost gold names; the first line is
/// left out when its headline has no gold.
fn sentences(text: &str, names: &[GoldName], skip_first_line: bool) -> Vec<TrainingSentence> {
    let body_start = match body_start(text) {
        0 => 0,
        _ if skip_first_line => text.find('\n').unwrap_or(text.len()),
        after_date => after_date,
    };
    let all_tokens = tokenize(text);
    let tokens = &all_tokens[all_tokens.partition_point(|token| token.start < body_start)..];
    let code_points = CodePoints::new(text);
    let mut tags = vec![BioTag::Outside; tokens.len()];
    // Longer names first, so that a place inside an organisation's name does not cut it.
    let mut names: Vec<&GoldName> = names.iter().collect();
    names.sort_by_key(|name| (std::cmp::Reverse(name.end - name.start), name.start));
    for name in names {
        let inside: Vec<usize> = (0..tokens.len())
            .filter(|&index| {
                let token = &tokens[index];
                code_points.code_point(token.start) >= name.start && code_points.code_point(token.end) <= name.end
            })
            .collect();
        if inside.is_empty() || inside.iter().any(|&index| tags[index] != BioTag::Outside) {
            continue;
        }
        tags[inside[0]] = BioTag::Begin(name.kind);
        inside[1..].iter().for_each(|&index| tags[index] = BioTag::Inside(name.kind));
    }
    split_sentences(text, tokens)
        .into_iter()
        .map(|range| TrainingSentence {
            words: tokens[range.clone()].iter().map(|token| token.text(text).to_owned()).collect(),
            tags: tags[range].to_vec(),
        })
        .collect()
}

/// The named columns of a tab-separated file with a header line, row by row.
fn read_tsv(path: &Path, columns: &[&str]) -> anyhow::Result<Vec<Vec<String>>> {
    let text = fs::read_to_string(path)
        .with_context(|| format!("cannot read {} (it comes with ../shared; see --gum)", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let positions = columns
        .iter()
        .map(|column| header.iter().position(|name| name == column))
        .collect::<Option<Vec<usize>>>()
        .with_context(|| format!("{}: line 1 lacks one of the columns {columns:?}", path.display()))?;
    lines
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(index, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            positions
                .iter()
                .map(|&position| fields.get(position).map(|field| (*field).to_owned()))
                .collect::<Option<Vec<String>>>()
                .with_context(|| format!("{}: line {}: too few fields", path.display(), index + 2))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_cores_tag_the_tokens_they_cover() {
        let text = "date 2020-01-01 A Visit\n\nMaria Olsen's museum in Kessler Bay opened.";
        let at = |needle: &str| text.chars().count() - text[text.find(needle).unwrap()..].chars().count();
        let name = |needle: &str, kind| GoldName { start: at(needle), end: at(needle) + needle.len(), kind };
        let names = [name("Maria Olsen", EntityType::Person), name("Kessler Bay", EntityType::Place)];
        let sentences = sentences(text, &names, false);
        let tagged: Vec<(&str, BioTag)> = sentences
            .iter()
            .flat_map(|sentence| sentence.words.iter().map(String::as_str).zip(sentence.tags.iter().copied()))
            .filter(|(_, tag)| *tag != BioTag::Outside)
            .collect();
        use BioTag::{Begin, Inside};
        use EntityType::{Person, Place};
        assert_eq!(
            tagged,
            [("Maria", Begin(Person)), ("Olsen", Inside(Person)), ("Kessler", Begin(Place)), ("Bay", Inside(Place))]
        );
        assert_eq!(sentences[0].words[0], "A");
        let without_headline = super::sentences(text, &names, true);
        assert_eq!(without_headline[0].words[0], "Maria");
    }

    #[test]
    fn nested_names_keep_the_outer_one() {
        let text = "University of Kessler staff";
        let names = [
            GoldName { start: 14, end: 21, kind: EntityType::Place },
            GoldName { start: 0, end: 21, kind: EntityType::Organization },
        ];
        let tags = &sentences(text, &names, false)[0].tags;
        assert_eq!(tags[0], BioTag::Begin(EntityType::Organization));
        assert_eq!(tags[2], BioTag::Inside(EntityType::Organization));
    }
}
