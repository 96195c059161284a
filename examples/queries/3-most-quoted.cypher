// The most quoted speakers (examples/queries/3-most-quoted.rq in Cypher).
MATCH (statement:Statement)-[:SPEAKER]->(who)
RETURN who.name AS speaker, count(DISTINCT statement) AS statements
ORDER BY statements DESC, speaker
LIMIT 5;
