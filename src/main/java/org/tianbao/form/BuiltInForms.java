package org.tianbao.form;

import org.tianbao.model.FormDefinition;

/** The forms shipped with the app. */
public final class BuiltInForms {

    private static volatile FormDefinition form2019;

    private BuiltInForms() {
    }

    /** 2019年地方知识产权战略实施工作要点表: 6 key areas, 69 work items. Loaded once. */
    public static FormDefinition localIpStrategy2019() {
        FormDefinition form = form2019;
        if (form == null) {
            synchronized (BuiltInForms.class) {
                form = form2019;
                if (form == null) {
                    form = FormDefinitionReader.readResource("/org/tianbao/form/form-2019.json");
                    form2019 = form;
                }
            }
        }
        return form;
    }

    /** The form a new data folder is filled against. */
    public static FormDefinition current() {
        return localIpStrategy2019();
    }
}
