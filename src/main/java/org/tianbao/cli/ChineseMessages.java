package org.tianbao.cli;

import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Chinese wording for the command-line library's parse errors. */
final class ChineseMessages {

    private ChineseMessages() {
    }

    /** A usage error a command finds itself, already worded in Chinese (without the final 。). */
    static final class Worded extends ParameterException {
        Worded(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    static String of(ParameterException e) {
        if (e instanceof Worded) {
            return e.getMessage();
        }
        if (e instanceof UnmatchedArgumentException u) {
            return "无法识别的参数“" + String.join(" ", u.getUnmatched()) + "”";
        }
        if (e instanceof MissingParameterException m) {
            return "缺少 " + m.getMissing().stream().map(ChineseMessages::label).collect(Collectors.joining("、"));
        }
        if (e instanceof OverwrittenOptionException o) {
            return "选项 " + label(o.getOverwritten()) + " 只能给一次";
        }
        if (e.getArgSpec() != null) {
            return label(e.getArgSpec()) + (e.getCause() instanceof TypeConversionException worded
                    ? " 的值无效：" + worded.getMessage() : " 的值无效");
        }
        return "请指定要运行的命令（export、import、consolidate 或 refs）";
    }

    private static String label(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName() + " " + option.paramLabel();
        }
        return spec.paramLabel();
    }
}
