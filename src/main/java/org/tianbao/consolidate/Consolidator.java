package org.tianbao.consolidate;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.ConsolidationWriter;
import org.tianbao.excel.NotThisFormException;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.excel.Typography;
import org.tianbao.io.OrderedTasks;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.ReturnChanges;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UnitNames;
import org.tianbao.model.UserException;

/**
 * 汇总: reads many units' returns on all cores, keeps the newest return of each unit, and writes one
 * workbook. One unreadable file never stops the rest: it is listed with its reason. Can be cancelled
 * between files; a cancelled consolidation writes nothing.
 */
public final class Consolidator {

    private static final Logger LOG = Logger.getLogger(Consolidator.class.getName());

    /** Told of progress: files read so far of the total. Called from reading threads. */
    @FunctionalInterface
    public interface Progress {
        void filesRead(int done, int total);
    }

    private final FormDefinition form;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final int threads;

    public Consolidator(FormDefinition form) {
        this(form, Runtime.getRuntime().availableProcessors());
    }

    public Consolidator(FormDefinition form, int threads) {
        this.form = form;
        this.threads = Math.max(1, threads);
    }

    /** Asks a running consolidation to stop at the next file; it then throws {@link CancellationException}. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Reads the files (in parallel) and decides which return of each unit counts. */
    public Consolidation read(List<Path> files, Progress progress) {
        List<Object> results = readAll(files, progress);
        Map<String, ReturnedForm> newest = new LinkedHashMap<>();
        List<ConsolidatedReturns.Superseded> superseded = new ArrayList<>();
        List<ConsolidatedReturns.Unreadable> unreadable = new ArrayList<>();
        List<ConsolidatedReturns.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Object result = results.get(i);
            if (result instanceof ConsolidatedReturns.Unreadable u) {
                unreadable.add(u);
                continue;
            }
            if (result instanceof ConsolidatedReturns.Skipped passedOver) {
                skipped.add(passedOver);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<ReturnedForm> returns = (List<ReturnedForm>) result;
            for (ReturnedForm read : returns) {
                ReturnedForm r = named(read);
                // A unit that corrected its name between two returns (白云区市场监管局 → 白云区市场监督管理局) is one.
                String key = UnitNames.sameUnitKey(r.unitName());
                ReturnedForm before = newest.get(key);
                if (before == null) {
                    newest.put(key, r);
                } else if (NEWER.compare(r, before) > 0) {
                    newest.put(key, r);
                    superseded.add(superseded(before, r));
                } else {
                    superseded.add(superseded(r, before));
                }
            }
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<ReturnedForm> units = maybeSameUnits(new ArrayList<>(newest.values()));
        units.sort(Comparator.comparing(ReturnedForm::unitName, chinese));
        return new Consolidation(form, new ConsolidatedReturns(units, superseded, unreadable, skipped, List.of()));
    }

    /** Reads and writes: the whole consolidation. */
    public Consolidation consolidate(List<Path> files, Path target, Typography typography, Progress progress) {
        return consolidate(files, List.of(), target, typography, progress);
    }

    /**
     * The same, told which units owe a return (应报单位; none: not checked): those that sent none are listed
     * in the workbook and the result.
     */
    public Consolidation consolidate(List<Path> files, List<String> expectedUnits, Path target, Typography typography,
                                     Progress progress) {
        Consolidation result = read(files, expectedUnits, progress);
        if (result.returns().units().isEmpty()) {
            throw new UserException(nothingToConsolidate(files.size(), result, target));
        }
        write(result, target, typography);
        return result;
    }

    /** Reads, and lists the units on the 应报单位 list that sent nothing (none listed: none checked). */
    public Consolidation read(List<Path> files, List<String> expectedUnits, Progress progress) {
        Consolidation read = read(files, progress);
        List<String> received = read.returns().units().stream().map(ReturnedForm::unitName).toList();
        return new Consolidation(form, read.returns().withMissing(ExpectedUnits.missing(expectedUnits, received)));
    }

    /** Why nothing was written when no file of {@code count} read as a return: 没有可汇总的文件：…. */
    public String nothingToConsolidate(int count, Consolidation result, Path target) {
        return "没有可汇总的文件：" + count + " 个文件中没有一个能读取为《" + form.title() + "》" + example(result.returns())
                + "，没有写入“" + target.getFileName() + "”。";
    }

    /** Why the files were not read, by one of them: （例如：无法读取文件“x.xlsx”：…） or a scan passed over. */
    private static String example(ConsolidatedReturns returns) {
        if (!returns.unreadable().isEmpty()) {
            return "（例如：" + returns.unreadable().get(0).reason() + "）";
        }
        return returns.skipped().stream().findFirst()
                .map(s -> "（例如：“" + s.file().getFileName() + "”" + s.described() + "）").orElse("");
    }

    /** Writes the consolidated workbook atomically. */
    public void write(Consolidation result, Path target, Typography typography) {
        if (cancelled.get()) {
            throw new CancellationException("consolidation cancelled");
        }
        try {
            new ConsolidationWriter(typography).write(form, result.returns(), target);
        } catch (IOException e) {
            throw new UserException(org.tianbao.io.FileProblems.writeFailure(target, e), e);
        }
    }

    /** Later export first, then the higher export number, then the later file. */
    static final Comparator<ReturnedForm> NEWER = Comparator.comparing(ReturnedForm::exportedAt)
            .thenComparingLong(ReturnedForm::sequence)
            .thenComparing(ReturnedForm::lastModified);

    /** An older return replaced by a newer one, with what the newer one changed. */
    private ConsolidatedReturns.Superseded superseded(ReturnedForm older, ReturnedForm newer) {
        boolean same = sameExport(older, newer);
        String changes = same ? "" : ReturnChanges.between(older.form(), newer.form()).describe(form);
        return new ConsolidatedReturns.Superseded(older.file(), older.unitName(), newer.file(), same, changes);
    }

        /** Whether two files carry one and the same export (a county's file and its copy in a city's 汇总). */
    private static boolean sameExport(ReturnedForm a, ReturnedForm b) {
        return a.metadata().isPresent() && b.metadata().isPresent()
                && a.metadata().get().exportedAt().equals(b.metadata().get().exportedAt())
                && a.metadata().get().contentHash().equals(b.metadata().get().contentHash());
    }

    /**
     * Returns whose units may be one under two names, one with its city before it (贵阳市白云区… and 白云区…):
     * both are kept, each with a note naming the other, for the consolidator to check.
     */
    private static List<ReturnedForm> maybeSameUnits(List<ReturnedForm> units) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byKey.put(UnitNames.sameUnitKey(units.get(i).unitName()), i);
        }
        Map<Integer, List<String>> notes = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            for (String shorter : UnitNames.withoutLeadingPlaces(UnitNames.sameUnitKey(units.get(i).unitName()))) {
                Integer j = byKey.get(shorter);
                if (j != null) {
                    notes.computeIfAbsent(i, k -> new ArrayList<>()).add(maybeSame(units.get(j)));
                    notes.computeIfAbsent(j, k -> new ArrayList<>()).add(maybeSame(units.get(i)));
                }
            }
        }
        List<ReturnedForm> noted = new ArrayList<>(units);
        notes.forEach((i, added) -> noted.set(i, withNotes(units.get(i), added)));
        return noted;
    }

    private static String maybeSame(ReturnedForm other) {
        return "与“" + other.file().getFileName() + "”的“" + other.unitName() + "”可能是同一单位，两份都已汇总。";
    }

    private static ReturnedForm withNotes(ReturnedForm r, List<String> added) {
        List<String> notes = new ArrayList<>(r.notes());
        notes.addAll(added);
        return new ReturnedForm(r.file(), r.form(), r.metadata(), r.lastModified(), r.unchanged(), notes);
    }

    private static boolean isBlankAttachment(ReturnedForm r) {
        return r.unitName().isBlank() && r.form().unit().reporter().isBlank()
                && r.form().entries().stream().allMatch(Entry::isBlank);
    }

    /** A return whose file names no unit is named after its file, so that it still counts. */
    private static ReturnedForm named(ReturnedForm r) {
        if (!r.unitName().isBlank()) {
            return r;
        }
        String name = r.file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        UnitInfo unit = r.form().unit().withUnitName("（未写单位）" + name);
        List<String> notes = new ArrayList<>(r.notes());
        notes.add("文件中没有写填报单位，按文件名称呼。");
        return new ReturnedForm(r.file(), new FilledForm(r.form().definition(), unit, r.form().entries()),
                r.metadata(), r.lastModified(), r.unchanged(), notes);
    }

    /** Each file's returns, the reason it is unreadable, or the file passed over, in the files' order. */
    private List<Object> readAll(List<Path> files, Progress progress) {
        AttachmentReader reader = new AttachmentReader(form);
        AtomicInteger done = new AtomicInteger();
        List<Callable<Object>> tasks = new ArrayList<>(files.size());
        for (Path file : files) {
            tasks.add(() -> {
                if (cancelled.get()) {
                    throw new CancellationException();
                }
                Object result = readOne(reader, file);
                progress.filesRead(done.incrementAndGet(), files.size());
                return result;
            });
        }
        try {
            return OrderedTasks.run("tianbao-consolidate", threads, tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The file's returns (one, or a 汇总 workbook's units), the reason it is unreadable, or why it is passed
     * over: a Word document without the form, a scan.
     */
    private static Object readOne(AttachmentReader reader, Path file) {
        Optional<String> notATable = ReturnFiles.notATable(file);
        if (notATable.isPresent()) {
            return new ConsolidatedReturns.Skipped(file, notATable.get());
        }
        Optional<Path> unpacked = ReturnFiles.unpackedInto(file);
        if (unpacked.isPresent()) {
            return new ConsolidatedReturns.Skipped(file, "已解压的压缩包：其中的文件从文件夹“" + unpacked.get().getFileName() + "”读取");
        }
        try {
            List<ReturnedForm> returns = reader.readUnits(file);
            // The attachment as it came from above, kept in the same folder as the returns: nobody's return.
            if (returns.size() == 1 && isBlankAttachment(returns.get(0))) {
                return new ConsolidatedReturns.Skipped(file, "空白的附件（没有填报单位，也没有填写任何内容）");
            }
            return returns;
        } catch (NotThisFormException e) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".wps")) {
                return new ConsolidatedReturns.Skipped(file, "不含这张表格的 Word 文档（如报送函）");
            }
            return new ConsolidatedReturns.Unreadable(file, e.getMessage());
        } catch (UserException e) {
            return new ConsolidatedReturns.Unreadable(file, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "unexpected failure reading " + file, e);
            return new ConsolidatedReturns.Unreadable(file, "无法读取文件“" + file.getFileName() + "”：发生意外错误（"
                    + e.getClass().getSimpleName() + "）。");
        }
    }
}
