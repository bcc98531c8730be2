-- The Caf's own reference of a post (issue 14), when it records one (its import of existing posts);
-- a post without one is referred to as CTG-<number>, derived from its id (CooperationPost.getReference).
alter table cooperation_post add column reference varchar(20) null;
create unique index uk_cooperation_post_reference on cooperation_post (reference);
