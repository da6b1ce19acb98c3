package org.tianbao.model;

/** The reporting unit's details printed under the title: 填报单位, 填报人, 联系电话. */
public record UnitInfo(String unitName, String reporter, String phone) {

    public static final UnitInfo EMPTY = new UnitInfo("", "", "");

    public UnitInfo {
        unitName = TextNormalizer.clean(unitName);
        reporter = TextNormalizer.clean(reporter);
        phone = TextNormalizer.clean(phone);
    }

    public boolean hasUnitName() {
        return !unitName.isEmpty();
    }

    public UnitInfo withUnitName(String name) {
        return new UnitInfo(name, reporter, phone);
    }
}
