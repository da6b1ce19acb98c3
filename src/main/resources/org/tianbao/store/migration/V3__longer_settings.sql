-- Settings may hold more than a short value: the officer's department mapping for the reference plans
-- (参考依据 → 添加部门) is kept as one setting, so that backups, which copy every setting, include it.
ALTER TABLE setting ALTER COLUMN setting_value SET DATA TYPE CHARACTER VARYING(100000);
