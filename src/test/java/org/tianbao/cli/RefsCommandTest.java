package org.tianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code tianbao refs [--top N] TEXT}: tab-separated lines, best first; Chinese errors for bad input. */
class RefsCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private List<String> lines() {
        return console.stdout().lines().toList();
    }

    private static int run(String... args) {
        return Cli.run(args);
    }

    @Test
    void printsTheTopFiveAsSourceFileNumberAndText() {
        assertThat(run("refs", "商标富农工作")).isZero();
        List<String> lines = lines();
        assertThat(lines).hasSize(5);
        assertThat(lines).allSatisfy(line -> {
            String[] cells = line.split("\t", -1);
            assertThat(cells).hasSize(3);
            assertThat(cells[0]).matches("00[1-4]_[0-9a-f]{16}\\.txt");
            assertThat(cells[1]).isNotBlank();
            assertThat(cells[2]).isNotBlank().doesNotContain("\n");
        });
        assertThat(lines.get(0)).isEqualTo("002_55e89239c8138cdd.txt\t63\t实施地理标志运用促进工程，大力开展地理标志精准扶贫、商标品牌富农工作。");
    }

    @Test
    void topSetsHowManyAndMultiLineItemsComeOutOnOneLine() {
        assertThat(run("refs", "--top", "2", "专利代理", "双随机")).isZero();
        assertThat(lines()).hasSize(2);
        assertThat(run("refs", "--top", "8", "推行专利代理机构服务规范国家标准")).isZero();
        assertThat(lines()).hasSize(10).anySatisfy(line -> assertThat(line)
                .startsWith("001_5695c399a0871436.txt\t2\t强化专利领域“放管服”改革。").contains("。 有关省份要"));
    }

    @Test
    void badInputIsOneChineseSentence() {
        assertThat(run("refs", "--top", "0", "专利")).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(console.stderr()).contains("--top 的值应为 1 到").doesNotContain("Exception");
        assertThat(run("refs", "--top", "许多", "专利")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run("refs")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.stderr()).contains("缺少 TEXT");
        assertThat(run("refs", "，。")).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(console.stderr()).contains("没有汉字、字母或数字");
        assertThat(lines()).isEmpty();
    }
}
