package org.tianbao.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A province's names for the county departments of the default dictionary. They cannot be made by changing
 * the level's character, as a district's are (县财政局 → 区财政局): a province has 厅 and 委 where a county
 * has 局 (省财政厅, 省卫生健康委), other bodies (省水利厅 for 县水务局) and its own short forms, written here
 * as the province's own plan writes them (黔府知办〔2019〕1号: 省市场监管局, 省发展改革委, 省法院, 省检察院).
 * A name without a counterpart here (人民银行县支行: a province's is named after its capital's branch) is
 * not renamed.
 */
final class ProvincialDepartments {

    /** County name → province name, in the default dictionary's order. */
    private static final Map<String, String> PROVINCIAL = new LinkedHashMap<>();

    static {
        pair("县委办公室", "省委办公厅");
        pair("县人民政府办公室", "省人民政府办公厅");
        pair("县委组织部", "省委组织部");
        pair("县委宣传部", "省委宣传部");
        pair("县委政法委", "省委政法委");
        pair("县委网信办", "省委网信办");
        pair("县发展和改革局", "省发展改革委");
        pair("县教育局", "省教育厅");
        pair("县科技局", "省科技厅");
        pair("县工业和信息化局", "省工业和信息化厅");
        pair("县公安局", "省公安厅");
        pair("县民政局", "省民政厅");
        pair("县司法局", "省司法厅");
        pair("县财政局", "省财政厅");
        pair("县人力资源和社会保障局", "省人力资源社会保障厅");
        pair("县自然资源局", "省自然资源厅");
        pair("县生态环境局", "省生态环境厅");
        pair("县住房和城乡建设局", "省住房城乡建设厅");
        pair("县交通运输局", "省交通运输厅");
        pair("县农业农村局", "省农业农村厅");
        pair("县水务局", "省水利厅");
        pair("县林业局", "省林业局");
        pair("县商务局", "省商务厅");
        pair("县文化和旅游局", "省文化和旅游厅");
        pair("县卫生健康局", "省卫生健康委");
        pair("县审计局", "省审计厅");
        pair("县国有资产监督管理局", "省国资委");
        pair("县市场监督管理局", "省市场监管局");
        // Provinces kept their IP office as a bureau of its own under market regulation.
        pair("县市场监督管理局（知识产权局）", "省知识产权局");
        pair("县统计局", "省统计局");
        pair("县地方金融监督管理局", "省地方金融监管局");
        pair("县投资促进局", "省投资促进局");
        pair("县政务服务中心", "省政务服务中心");
        pair("县人民法院", "省法院");
        pair("县人民检察院", "省检察院");
        pair("县税务局", "省税务局");
        pair("县供销合作社", "省供销社");
        pair("县工商业联合会", "省工商联");
        pair("县科学技术协会", "省科协");
        pair("县总工会", "省总工会");
        pair("共青团县委", "共青团省委");
        pair("县妇女联合会", "省妇联");
    }

    private ProvincialDepartments() {
    }

    private static void pair(String county, String province) {
        PROVINCIAL.put(county, province);
    }

    /** The province's name for a county's department (县财政局 → 省财政厅), if there is one. */
    static Optional<String> provincial(String countyName) {
        return Optional.ofNullable(PROVINCIAL.get(countyName));
    }

    /** The county's name for a province's department (省财政厅 → 县财政局), if there is one. */
    static Optional<String> county(String provincialName) {
        return PROVINCIAL.entrySet().stream().filter(e -> e.getValue().equals(provincialName))
                .map(Map.Entry::getKey).findFirst();
    }
}
