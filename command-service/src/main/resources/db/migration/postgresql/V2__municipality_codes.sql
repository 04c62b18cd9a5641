-- One place per code: the set-based rule behind "duplicate TERC code" (written in the command's transaction).
create table municipality_code (
    code            varchar(80) primary key,
    municipality_id varchar(36) not null
);
