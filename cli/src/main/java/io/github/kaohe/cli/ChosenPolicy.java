package io.github.kaohe.cli;

import io.github.kaohe.Policies;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The policy named by {@code --policy}, with the sample data bundled with it (none for a YAML
 * file).
 *
 * @param policy the loaded policy
 * @param sampleData sample CSV files by scheme id
 */
record ChosenPolicy(Policy policy, Map<String, URL> sampleData) {
  ChosenPolicy {
    sampleData = Map.copyOf(sampleData);
  }

  /**
   * A bundled policy's id or a YAML file's path. A bundled id wins, so that {@code kaifeng-2014}
   * means the bundled policy even if a file of that name happens to be in the working directory.
   *
   * @throws InputException if it is neither
   * @throws io.github.kaohe.load.PolicyException if the policy is invalid
   */
  static ChosenPolicy of(String idOrFile) {
    PolicyProvider provider = Policies.find(idOrFile).orElse(null);
    if (provider != null) {
      return new ChosenPolicy(provider.load(), provider.sampleData());
    }
    if (isFolder(idOrFile)) {
      throw new InputException("the policy " + idOrFile + " is a folder, not a file: name the policy's YAML file in it");
    }
    if (!isFile(idOrFile)) {
      throw new InputException(
          "no bundled policy or policy file '" + idOrFile + "'; bundled policies: "
              + (Policies.ids().isEmpty() ? "none" : String.join(", ", Policies.ids())));
    }
    return new ChosenPolicy(PolicyLoader.create().load(Path.of(idOrFile)), Map.of());
  }

  private static boolean isFolder(String path) {
    try {
      return Files.isDirectory(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean isFile(String path) {
    try {
      return Files.isRegularFile(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
