package com.segmint.users.socialprofiles;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The secrets of a keyset file, in each form in which a leak would show them. */
final class KeyMaterial {

  private static final Pattern JSON_VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

  private KeyMaterial() {}

  static List<String> of(Path keysetFile) throws Exception {
    AeadConfig.register();
    String json = Files.readString(keysetFile);
    List<String> secrets = new ArrayList<>();
    Matcher values = JSON_VALUE.matcher(json);
    while (values.find()) {
      secrets.add(values.group(1));
    }
    KeysetHandle keyset =
        TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    for (int i = 0; i < keyset.size(); i++) {
      byte[] key =
          ((AesGcmKey) keyset.getAt(i).getKey())
              .getKeyBytes()
              .toByteArray(InsecureSecretKeyAccess.get());
      secrets.add(Base64.getEncoder().encodeToString(key));
      secrets.add(HexFormat.of().formatHex(key));
    }
    return secrets;
  }
}
