-- Tianbao schema version 1: one reporting unit's filled forms, the department dictionary, settings.
-- Rows are keyed by form id so that a later year's form can live beside this one in the same file.

CREATE TABLE unit_info (
    id        INT PRIMARY KEY CHECK (id = 1),
    unit_name VARCHAR(200) NOT NULL DEFAULT '',
    reporter  VARCHAR(100) NOT NULL DEFAULT '',
    phone     VARCHAR(100) NOT NULL DEFAULT ''
);
INSERT INTO unit_info (id) VALUES (1);

-- Rows the unit added under a key area (local innovative work). Official rows live in the form resource.
CREATE TABLE local_item (
    form_id  VARCHAR(100) NOT NULL,
    item_id  VARCHAR(40)  NOT NULL,
    area_no  INT          NOT NULL,
    text     CHARACTER LARGE OBJECT NOT NULL,
    position INT          NOT NULL,
    PRIMARY KEY (form_id, item_id)
);

-- What the unit wrote for a row (official or local).
CREATE TABLE entry (
    form_id    VARCHAR(100) NOT NULL,
    item_id    VARCHAR(40)  NOT NULL,
    measures   CHARACTER LARGE OBJECT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (form_id, item_id)
);

-- 责任部门 of a row, in order; position 0 leads (牵头).
CREATE TABLE entry_department (
    form_id  VARCHAR(100) NOT NULL,
    item_id  VARCHAR(40)  NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (form_id, item_id, position)
);

CREATE TABLE department (
    name     VARCHAR(200) PRIMARY KEY,
    position INT NOT NULL
);

CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    setting_value CHARACTER VARYING(4000) NOT NULL
);
