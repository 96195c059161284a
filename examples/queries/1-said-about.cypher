// Who said what about France, and when (examples/queries/1-said-about.rq in Cypher).
MATCH (statement:Statement)-[:ABOUT]->(subject {name: 'France'}),
      (statement)-[:PART_OF]->(article:Article)
OPTIONAL MATCH (statement)-[:SPEAKER]->(who)
RETURN DISTINCT who.name AS speaker, statement.date AS date, statement.text AS text, article.article AS article
ORDER BY date, speaker, text;
