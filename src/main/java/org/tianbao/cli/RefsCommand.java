package org.tianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tianbao.model.UserException;
import org.tianbao.refs.ReferenceHit;
import org.tianbao.refs.ReferenceIndex;
import org.tianbao.refs.ReferenceQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tianbao refs [--top N] TEXT}: the plan items most related to a text, best first, one per line:
 * source file name, item number, text, separated by tabs.
 */
@Command(name = "refs", description = "在国家、省、市的计划中查找与文字最相关的条目（参考依据），每行一条：文件名、条目编号、条目内容（以制表符分隔）。")
final class RefsCommand implements Callable<Integer> {

    /** More would not be "the most related" any more. */
    static final int MAX_TOP = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "列出的条数（默认 5）")
    int top;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "要查找的文字，如某项工作内容")
    List<String> words;

    @Override
    public Integer call() {
        if (top < 1 || top > MAX_TOP) {
            throw new UserException("--top 的值应为 1 到 " + MAX_TOP + " 之间的整数，而不是 " + top + "。");
        }
        String text = String.join(" ", words);
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UserException("要查找的文字“" + text.strip() + "”中没有汉字、字母或数字，请给出要查找的内容。");
        }
        List<ReferenceHit> hits = ReferenceIndex.bundled().search(ReferenceQuery.text(text), top);
        PrintWriter out = spec.commandLine().getOut();
        for (ReferenceHit hit : hits) {
            out.println(hit.item().plan().fileName() + "\t" + hit.item().number() + "\t" + hit.item().oneLineText());
        }
        out.flush();
        if (hits.isEmpty()) {
            spec.commandLine().getErr().println("没有找到与“" + text + "”相关的条目。");
        }
        return 0;
    }
}
