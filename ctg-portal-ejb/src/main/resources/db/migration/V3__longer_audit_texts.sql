-- A decision's reasons may be as long as the forms allow (4,000 characters, several comments for
-- a review): the audit trail keeps them whole.
ALTER TABLE audit_event MODIFY detail TEXT NULL;
ALTER TABLE audit_event MODIFY reason TEXT NULL;
