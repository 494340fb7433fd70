package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Nothing lost: an output that is an input is refused before anything is read, an output goes to
 * an existing folder only, is written whole or not at all, and a write that fails (a full disk, a
 * closed pipe) fails the command with its reason.
 */
class OutputSafetyTest {
  @TempDir Path dir;
  private Path policy;
  private Path data;
  private byte[] policyBytes;
  private byte[] dataBytes;

  @BeforeEach
  void copyInputs() throws IOException {
    policy = Files.copy(Path.of(file("small.yaml")), dir.resolve("small.yaml"));
    data = Files.copy(Path.of(file("firms.csv")), dir.resolve("firms.csv"));
    policyBytes = Files.readAllBytes(policy);
    dataBytes = Files.readAllBytes(data);
  }

  private Cli.Run command(String command, String... more) {
    String[] args = {command, "--policy", policy.toString(), "--data", data.toString()};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return run(all);
  }

  private void assertInputsUnchanged() throws IOException {
    assertThat(Files.readAllBytes(policy)).isEqualTo(policyBytes);
    assertThat(Files.readAllBytes(data)).isEqualTo(dataBytes);
  }

  @Test
  void scoreWillNotWriteOverItsDataFile() throws IOException {
    Cli.Run run = command("score", "--format", "csv", "-o", data.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("will not write " + data + ": it is the data file (--data), which the output would"
        + " overwrite; choose another file\n");
    assertInputsUnchanged();
  }

  @Test
  void reportWillNotTurnThePolicyIntoHtmlNorAWorkbookIntoItself() throws Exception {
    Cli.Run html = command("report", "-o", policy.toString());
    Cli.Run xlsx = command("report", "--format", "xlsx", "--output", policy.toString());

    assertThat(html.exitCode()).isEqualTo(2);
    assertThat(html.err()).startsWith("will not write " + policy + ": it is the policy file (--policy)");
    assertThat(xlsx.exitCode()).isEqualTo(2);
    assertInputsUnchanged();

    Path book = dir.resolve("firms.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("2015");
      ws.value(0, 0, "名称");
      ws.value(0, 1, "税收");
      ws.value(1, 0, "甲");
      ws.value(1, 1, 9);
      wb.finish();
    }
    byte[] bookBytes = Files.readAllBytes(book);
    Cli.Run self = run("report", "--policy", policy.toString(), "--data", book.toString(), "-o", book.toString());
    assertThat(self.exitCode()).isEqualTo(2);
    assertThat(self.err()).startsWith("will not write " + book + ": it is the data file (--data)");
    assertThat(Files.readAllBytes(book)).isEqualTo(bookBytes);
  }

  @Test
  void aLinkToAnInputIsThatInputToo() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("ranking.csv"), data);

    Cli.Run run = command("score", "--format", "csv", "-o", link.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("will not write " + link + ": it is the data file (--data)");
    assertInputsUnchanged();
  }

  @Test
  void anOutputIntoAMissingFolderIsAnErrorForEveryCommandAndNoFolderIsMade() {
    Path missing = dir.resolve("no-such-folder");
    for (Cli.Run run : new Cli.Run[] {
        command("score", "-o", missing.resolve("r.txt").toString()),
        command("report", "-o", missing.resolve("r.html").toString()),
        run("-o", missing.resolve("main.html").toString())}) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(": the folder " + missing + " does not exist; create it first");
      assertThat(run.out()).isEmpty();
    }
    assertThat(missing).doesNotExist();
  }

  @Test
  void aFolderIsNoOutput() {
    Cli.Run run = command("report", "-o", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("cannot write " + dir + ": it is a folder; give a file's name");
  }

  @Test
  void reportTakesItsFormatFromTheFilesExtensionOrRefusesAMismatch() throws IOException {
    Path xlsx = dir.resolve("r.xlsx");
    Path md = dir.resolve("r.md");

    assertThat(command("report", "-o", xlsx.toString()).exitCode()).isZero();
    assertThat(command("report", "-o", md.toString(), "--lang", "en").exitCode()).isZero();
    Cli.Run mismatch = command("report", "--format", "html", "-o", dir.resolve("x.xlsx").toString());

    assertThat(Arrays.copyOf(Files.readAllBytes(xlsx), 2)).containsExactly('P', 'K'); // a zip: a workbook
    assertThat(Files.readString(md)).startsWith("# Small test assessment");
    assertThat(mismatch.exitCode()).isEqualTo(2);
    assertThat(mismatch.err()).isEqualTo("--format html does not match the file's extension: " + dir.resolve("x.xlsx")
        + " would hold html, not xlsx; name the file .html, or leave out --format\n");
    assertThat(dir.resolve("x.xlsx")).doesNotExist();
  }

  @Test
  void bothCommandsTakeBothNamesOfTheOutputAndDocumentOne() throws IOException {
    Path csv = dir.resolve("ranking.csv");
    Path html = dir.resolve("ranking.html");

    assertThat(command("score", "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
    assertThat(command("report", "--output", html.toString()).exitCode()).isZero();
    assertThat(csv).isNotEmptyFile();
    assertThat(html).isNotEmptyFile();
    for (String cmd : new String[] {"score", "report"}) {
      String help = run(cmd, "--help").out();
      assertThat(help).as(cmd).contains("-o, --output=FILE").doesNotContain("--out=");
    }
    Cli.Run twice = command("score", "-o", csv.toString(), "--out", dir.resolve("other.csv").toString());
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).isEqualTo("give the output once: --out is another name of -o/--output\n");
  }

  @Test
  void noPartOfAFailedWriteIsLeftBehind() throws IOException {
    Path csv = dir.resolve("ranking.csv");
    Files.writeString(csv, "old");

    assertThat(command("score", "--format", "csv", "--scheme", "no-such", "-o", csv.toString()).exitCode()).isEqualTo(2);
    assertThat(Files.readString(csv)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void anOutputGetsTheModeOfANewFileOrKeepsTheOneItHad() throws IOException {
    Path fresh = dir.resolve("fresh.csv");
    Path kept = Files.writeString(dir.resolve("kept.csv"), "old");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "a new file's mode, as the umask makes it");
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));

    assertThat(command("score", "--format", "csv", "-o", fresh.toString()).exitCode()).isZero();
    assertThat(command("score", "--format", "csv", "-o", kept.toString()).exitCode()).isZero();

    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void aFullDiskFailsTheCommandWithItsReason() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "a Linux machine");

    Cli.Run toFile = command("score", "--format", "csv", "-o", full.toString());
    assertThat(toFile.exitCode()).isEqualTo(2);
    assertThat(toFile.err()).isEqualTo("cannot write /dev/full: No space left on device\n");

    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new KaoheCli());
    try (FileOutputStream devFull = new FileOutputStream(full.toFile())) {
      cli.setOut(StandardOutput.of(devFull, StandardCharsets.UTF_8));
      cli.setErr(new PrintWriter(err, true));
      int exitCode = cli.execute("score", "--policy", policy.toString(), "--data", data.toString());
      assertThat(exitCode).isEqualTo(2);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(err.toString()).isEqualTo("cannot write to standard output: No space left on device\n");
  }

  @Test
  void aClosedPipeFailsTheCommandToo() {
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new KaoheCli());
    cli.setOut(StandardOutput.of(closed, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute("validate", policy.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("cannot write to standard output: Broken pipe\n");
  }

  @Test
  void aFailureToWriteSaysWhyNotOnlyWhere() {
    assertThat(OutputFiles.reason(new NoSuchFileException("/x/y"))).isEqualTo("its folder does not exist");
    assertThat(OutputFiles.reason(new AccessDeniedException("/x/y"))).isEqualTo("permission denied");
    assertThat(OutputFiles.reason(new FileSystemException("/x/y", null, "Read-only file system")))
        .isEqualTo("Read-only file system");
    assertThat(OutputFiles.reason(new FileSystemException("/x/y"))).isEqualTo("file system");
    assertThat(OutputFiles.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
  }
}
