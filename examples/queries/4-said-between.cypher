// What was said between two dates, both included (examples/queries/4-said-between.rq in Cypher).
MATCH (statement:Statement)-[:PART_OF]->(article:Article)
WHERE statement.date >= date('2024-05-01') AND statement.date <= date('2024-07-08')
OPTIONAL MATCH (statement)-[:SPEAKER]->(who)
RETURN DISTINCT statement.date AS date, who.name AS speaker, statement.text AS text, article.article AS article
ORDER BY date, speaker, text;
