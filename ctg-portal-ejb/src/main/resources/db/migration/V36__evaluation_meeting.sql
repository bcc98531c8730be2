-- Issue 13: an intermediate evaluation may refer to the network meeting it comes from, with the
-- meeting's minutes (a PDF of the document store).
ALTER TABLE post_evaluation ADD COLUMN meeting_id BIGINT NULL,
    ADD COLUMN minutes_document_id BIGINT NULL,
    ADD CONSTRAINT fk_evaluation_meeting FOREIGN KEY (meeting_id) REFERENCES network_meeting (id),
    ADD CONSTRAINT fk_evaluation_minutes FOREIGN KEY (minutes_document_id) REFERENCES stored_document (id);
