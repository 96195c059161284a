//! Query solutions as a table for people: one column per variable, values as plain text.

use std::io::Write;

use newsgraph::export::shorten;
use oxigraph::model::Term;
use oxigraph::sparql::QuerySolutionIter;

/// Longest value shown in full; longer statements are cut so that rows stay on a screen.
const CELL_CHARS: usize = 80;

/// Writes every solution under a header of variable names, columns padded to their widest value,
/// then the number of rows.
pub fn write(solutions: QuerySolutionIter<'_>, writer: &mut impl Write) -> anyhow::Result<()> {
    let header: Vec<String> = solutions.variables().iter().map(|variable| variable.as_str().to_owned()).collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for solution in solutions {
        let solution = solution?;
        rows.push(solution.values().iter().map(|value| value.as_ref().map_or_else(String::new, cell)).collect());
    }
    let mut widths: Vec<usize> = header.iter().map(|name| name.chars().count()).collect();
    for row in &rows {
        for (width, value) in widths.iter_mut().zip(row.iter()) {
            *width = (*width).max(value.chars().count());
        }
    }
    write_row(writer, &header, &widths)?;
    let rule: Vec<String> = widths.iter().map(|width| "-".repeat(*width)).collect();
    write_row(writer, &rule, &widths)?;
    for row in &rows {
        write_row(writer, row, &widths)?;
    }
    writeln!(writer, "({} {})", rows.len(), if rows.len() == 1 { "row" } else { "rows" })?;
    Ok(())
}

fn write_row(writer: &mut impl Write, values: &[String], widths: &[usize]) -> std::io::Result<()> {
    let mut line = String::new();
    for (value, width) in values.iter().zip(widths) {
        line.push_str(value);
        line.extend(std::iter::repeat_n(' ', width - value.chars().count() + 2));
    }
    writeln!(writer, "{}", line.trim_end())
}

/// A value as a reader wants it: an IRI as it is, a literal without quotes or datatype, on one line.
fn cell(term: &Term) -> String {
    let text = match term {
        Term::NamedNode(node) => node.as_str().to_owned(),
        Term::BlankNode(node) => format!("_:{}", node.as_str()),
        Term::Literal(literal) => literal.value().to_owned(),
    };
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    shorten(&one_line, CELL_CHARS).into_owned()
}
