// Who works for whom, with the role (examples/queries/2-works-for.rq in Cypher).
MATCH (who:Person)-[job:WORKS_FOR]->(organization)
RETURN DISTINCT who.name AS person, job.role AS role, organization.name AS employer
ORDER BY person, employer, role;
