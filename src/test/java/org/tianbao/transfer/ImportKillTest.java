package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.excel.AttachmentWriter;
import org.tianbao.excel.ContentHash;
import org.tianbao.excel.ReturnMetadata;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.Typography;
import org.tianbao.model.FilledForm;
import org.tianbao.store.DataFolder;
import org.tianbao.store.KilledChild;
import org.tianbao.store.Workspace;

/**
 * An import is all or nothing: a child process imports two different returns in turn and is killed
 * (kill -9) at random moments; after each kill the data is exactly one of the two returns, never a mix,
 * and the last one reported as imported or the one after it. {@code -Dtianbao.kills} sets the number of
 * kills (default 4; the long run is {@code src/test/scripts/kill-test.sh}).
 */
class ImportKillTest {

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtAnyMomentLeavesTheDataWhole() throws Exception {
        int kills = Integer.getInteger("tianbao.kills", 4);
        long seed = Long.getLong("tianbao.seed", System.nanoTime());
        Random random = new Random(seed);
        List<FilledForm> returns = List.of(SampleForms.filled("甲县市场监督管理局", 21), SampleForms.filled("乙县市场监督管理局", 22));
        List<String> files = new ArrayList<>(List.of(dir.resolve("data").toString()));
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < returns.size(); i++) {
            FilledForm form = returns.get(i);
            Path file = dir.resolve("return-" + i + ".xlsx");
            new AttachmentWriter(Typography.DEFAULT).write(form, new ReturnMetadata(form.definition().id(), 1,
                    form.unit().unitName(), OffsetDateTime.now(), 1, ContentHash.of(form), "t"), file);
            files.add(file.toString());
            hashes.add(ContentHash.of(form));
        }
        List<String> allowed = new ArrayList<>(hashes);
        try (Workspace ws = Workspace.open(new DataFolder(dir.resolve("data")))) {
            allowed.add(ContentHash.of(ws.forms().load()));
        }
        int imports = 0;
        for (int round = 0; round < kills; round++) {
            List<String> acks = KilledChild.runAndKill(ImportingChild.class, files, 500 + random.nextInt(6000),
                    "import(ing|ed) \\d");
            List<String> done = acks.stream().filter(a -> a.startsWith("imported")).toList();
            imports += done.size();
            try (Workspace ws = Workspace.open(new DataFolder(dir.resolve("data")))) {
                String now = ContentHash.of(ws.forms().load());
                assertThat(allowed).as("round %d (seed %d): the data is one whole return (or the start)", round, seed)
                        .contains(now);
                if (!done.isEmpty()) {
                    int last = Integer.parseInt(done.get(done.size() - 1).substring("imported ".length()));
                    String lastLine = acks.get(acks.size() - 1);
                    if (lastLine.startsWith("imported")) {
                        assertThat(now).as("round %d: the last import reported done is there", round).isEqualTo(hashes.get(last));
                    }
                }
            }
        }
        System.out.printf("ImportKillTest: %d kills, %d completed imports, data whole after each (seed %d)%n",
                kills, imports, seed);
    }
}
