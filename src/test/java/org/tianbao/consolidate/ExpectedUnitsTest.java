package org.tianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedUnitsTest {

    @Test
    void aListPastedFromASheetOrTypedIsOneNameALine() {
        assertThat(ExpectedUnits.parse(" 黔东县\r\n\n黔西县市场监督管理局\t\n黔东县、 黔南县 ;")).containsExactly("黔东县", "黔西县市场监督管理局", "黔南县");
        assertThat(ExpectedUnits.parse("  \n")).isEmpty();
        assertThat(ExpectedUnits.parse(null)).isEmpty();
        // Two columns of the consolidator's own sheet, 序号 and name, with their header row.
        assertThat(ExpectedUnits.parse("序号\t单位名称\r\n1\t白云区\r\n2\t开阳县\r\n（3）\t息烽县\r\n4.\t贵阳市第1区\r\n"))
                .containsExactly("白云区", "开阳县", "息烽县", "贵阳市第1区");
    }

    @Test
    void aNameFindsItsReturnBySameNameOrByTheOneNameContainingIt() {
        List<String> received = List.of("黔东县市场监督管理局", "黔西县", "黔南县市场监督管理局", "黔南县科技局");
        assertThat(ExpectedUnits.missing(List.of("黔东县", "黔西县市场监督管理局", "黔北县", "黔 南县"), received))
                .as("黔北县 sent nothing; 黔南县 is ambiguous but answered").containsExactly("黔北县");
        // An exact name takes its return before a shorter name can.
        assertThat(ExpectedUnits.missing(List.of("黔东县", "黔东县市场监督管理局"), List.of("黔东县市场监督管理局")))
                .containsExactly("黔东县");
        assertThat(ExpectedUnits.missing(List.of(), received)).isEmpty();
        // The list's short form of the office finds the return's full name.
        assertThat(ExpectedUnits.missing(List.of("白云区市场监管局", "开阳县市监局"),
                List.of("白云区市场监督管理局（知识产权局）", "开阳县市场监督管理局", "开阳县科技局"))).isEmpty();
    }
}
