-- docs/coverage-rules.md, rule 3: the trainee role (stagiaire) is met only by people in training.
-- Catalogue copies of the role get the level cap the domain catalogue now carries.
UPDATE "RoleDefinition"
   SET "areaRequirements" = (
         SELECT jsonb_agg(requirement || '{"maxLevel": "in_opleiding"}'::jsonb)
           FROM jsonb_array_elements("areaRequirements") AS requirement
       )
 WHERE key = 'stagiaire'
   AND "fromCatalogue" = true
   AND jsonb_typeof("areaRequirements") = 'array'
   AND jsonb_array_length("areaRequirements") > 0;
