-- The thread of a compliance procedure (issue 13): the messages of the recruitment files' threads,
-- with their PDF attachments, now also carried by a procedure. A message belongs to exactly one of them.
ALTER TABLE file_message MODIFY file_id BIGINT NULL;
ALTER TABLE file_message ADD COLUMN procedure_id BIGINT NULL;
ALTER TABLE file_message ADD CONSTRAINT fk_message_procedure FOREIGN KEY (procedure_id) REFERENCES compliance_procedure (id);
ALTER TABLE file_message ADD CONSTRAINT ck_message_thread CHECK ((file_id IS NULL) <> (procedure_id IS NULL));
CREATE INDEX ix_message_procedure ON file_message (procedure_id, sent_at);
