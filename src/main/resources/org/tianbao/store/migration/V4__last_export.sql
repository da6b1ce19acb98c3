-- The unit's last two versions of the form it exported (slot 0 the last, slot 1 the one before that
-- differs from it), row by row, so that an export can show in red what changed since the version sent
-- before (a corrected return is expected to mark its changes: 修改处标红), also when the corrected
-- version is exported again, as a workbook and then as a Word document.
CREATE TABLE exported_version (
    form_id     VARCHAR(100) NOT NULL,
    slot        INT          NOT NULL CHECK (slot IN (0, 1)),
    unit_name   VARCHAR(200) NOT NULL,
    sequence    BIGINT       NOT NULL,
    exported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (form_id, slot)
);

CREATE TABLE exported_row (
    form_id     VARCHAR(100) NOT NULL,
    slot        INT          NOT NULL,
    item_id     VARCHAR(40)  NOT NULL,
    position    INT          NOT NULL,
    area_no     INT          NOT NULL,
    local_row   BOOLEAN      NOT NULL,
    item_text   CHARACTER LARGE OBJECT NOT NULL,
    measures    CHARACTER LARGE OBJECT NOT NULL,
    -- 责任部门 one per line, the leading one first.
    departments CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (form_id, slot, item_id)
);
