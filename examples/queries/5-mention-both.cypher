// Which articles mention both Geneva and Kenya (examples/queries/5-mention-both.rq in Cypher).
MATCH (first {name: 'Geneva'})<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(second {name: 'Kenya'})
RETURN DISTINCT article.article AS article, article.date AS date, article.headline AS headline
ORDER BY date, article;
