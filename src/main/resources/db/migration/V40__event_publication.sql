-- Spring Modulith's event publication registry (spring-modulith-events-jpa 1.4.4, entities
-- DefaultJpaEventPublication and ArchivedJpaEventPublication). A row is written with the transaction that
-- publishes an event, one per listener; completion_date is set when that listener has run. A row left without
-- it is a reaction still owed (the listener failed, or the node stopped): it is republished on restart.
-- Same SQL on H2 and PostgreSQL; Flyway owns it (spring.modulith.events.jdbc-schema-initialization is off).
create table event_publication (
    id                uuid          primary key,
    listener_id       varchar(512)  not null,
    event_type        varchar(512)  not null,
    serialized_event  varchar(1000000) not null,
    publication_date  timestamp with time zone not null,
    completion_date   timestamp with time zone
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);

-- Used only with spring.modulith.events.completion-mode=archive; Hibernate validates it either way.
create table event_publication_archive (
    id                uuid          primary key,
    listener_id       varchar(512)  not null,
    event_type        varchar(512)  not null,
    serialized_event  varchar(1000000) not null,
    publication_date  timestamp with time zone not null,
    completion_date   timestamp with time zone
);
