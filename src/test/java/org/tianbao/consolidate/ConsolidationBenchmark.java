package org.tianbao.consolidate;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.SampleReturns;
import org.tianbao.excel.Typography;

/**
 * Benchmark (not a test): generates N returns, then measures side by side the floor — POI merely opening
 * every file and reading every cell, on one thread — and the whole consolidation (reading on all cores,
 * writing the workbook). Run by {@code src/test/scripts/consolidation-benchmark.sh N}, with -Xmx1g.
 */
public final class ConsolidationBenchmark {

    private ConsolidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args.length > 1 ? args[1] : "target/benchmark/returns-" + n);
        List<Path> files = prepare(dir, n);
        // Warm up both code paths on a few files so that neither pays the JIT alone.
        floor(files.subList(0, Math.min(50, n)));
        new Consolidator(SampleForms.form()).consolidate(files.subList(0, Math.min(50, n)),
                dir.resolveSibling("warmup-" + n + ".xlsx"), Typography.DEFAULT, (d, t) -> { });
        resetPeaks();
        double floor = Double.MAX_VALUE;
        double consolidation = Double.MAX_VALUE;
        double reading = 0;
        Path out = dir.resolveSibling("汇总-" + n + ".xlsx");
        int rounds = Integer.getInteger("bench.rounds", 2);
        for (int round = 0; round < rounds; round++) {
            floor = Boolean.getBoolean("bench.skipFloor") ? 1 : Math.min(floor, time(() -> floor(files)));
            System.gc();
            long start = System.nanoTime();
            Consolidator consolidator = new Consolidator(SampleForms.form());
            Consolidation result = consolidator.read(files, (d, t) -> { });
            double read = (System.nanoTime() - start) / 1e9;
            consolidator.write(result, out, Typography.DEFAULT);
            double total = (System.nanoTime() - start) / 1e9;
            if (total < consolidation) {
                consolidation = total;
                reading = read;
            }
            System.gc();
        }
        System.out.printf("N=%d  floor (POI open + read cells, 1 thread): %.2f s  consolidation (%d threads, read + write): "
                        + "%.2f s (reading %.2f s, writing %.2f s)  ratio %.2f  peak heap %d MiB (max %d MiB)  output %d MiB%n",
                n, floor, Runtime.getRuntime().availableProcessors(), consolidation, reading, consolidation - reading,
                consolidation / floor,
                peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20, Files.size(out) >> 20);
    }

    private static List<Path> prepare(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        try (Stream<Path> existing = Files.list(dir)) {
            if (existing.filter(p -> p.toString().endsWith(".xlsx")).count() != n) {
                System.out.println("generating " + n + " returns in " + dir);
                SampleReturns.counties(dir, n);
            }
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** What POI needs merely to open each file and read each cell: the floor. */
    static long floor(List<Path> files) throws Exception {
        DataFormatter formatter = new DataFormatter();
        long chars = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            chars += formatter.formatCellValue(cell).length();
                        }
                    }
                }
            }
        }
        return chars;
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
