-- The officer's own mapping from the bodies the reference plans name (ministries, provincial
-- departments) to county departments, rule by rule in order. Used only once the officer has saved one
-- (setting 'refs.mapping.custom'); until then the built-in default applies, and later versions of the
-- app may improve that default.
CREATE TABLE department_mapping (
    position   INT PRIMARY KEY,
    keyword    VARCHAR(200) NOT NULL,
    department VARCHAR(200) NOT NULL
);
