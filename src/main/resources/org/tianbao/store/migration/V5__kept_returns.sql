-- The returns of the units below (the counties a city consolidates), kept from a 汇总 when the
-- consolidator asks, so that the unit's own form can be written with what each of them wrote in view
-- (参考依据 → 下级单位). Replaced as a whole by the next such 汇总; rows as in exported_row.
CREATE TABLE kept_return (
    form_id   VARCHAR(100)  NOT NULL,
    unit_no   INT           NOT NULL,
    -- As the file names the unit: a 填报单位 line is the unit's own to write, however long.
    unit_name VARCHAR(4000) NOT NULL,
    file_name VARCHAR(4000) NOT NULL,
    kept_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (form_id, unit_no)
);

CREATE TABLE kept_return_row (
    form_id     VARCHAR(100) NOT NULL,
    unit_no     INT          NOT NULL,
    item_id     VARCHAR(40)  NOT NULL,
    position    INT          NOT NULL,
    area_no     INT          NOT NULL,
    local_row   BOOLEAN      NOT NULL,
    item_text   CHARACTER LARGE OBJECT NOT NULL,
    measures    CHARACTER LARGE OBJECT NOT NULL,
    -- 责任部门 one per line, the leading one first.
    departments CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (form_id, unit_no, item_id)
);
