-- The audit trail names a record by its entity class: funding decisions are PostFundingDecision.
UPDATE audit_event SET entity_type = 'PostFundingDecision' WHERE entity_type = 'FundingDecision';
