// swift-tools-version: 6.1
import PackageDescription

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let package = Package(
  name: "checklist",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "checklist", targets: ["checklist"]),
    .library(name: "ChecklistCore", targets: ["ChecklistCore"]),
    .library(name: "ChecklistServer", targets: ["ChecklistServer"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // The web front end (checklist serve). No traits: swift-configuration is not needed.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .systemLibrary(
      name: "COpenCC",
      pkgConfig: "opencc",
      providers: [.apt(["libopencc-dev"]), .brew(["opencc"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // libcrypto's SHA-256, for the hashes of sign-in tokens (checklist serve).
    .systemLibrary(
      name: "CLibCrypto",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
    ),
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
    ),
    .target(
      name: "ChecklistCore",
      dependencies: [
        "CYAML",
        "COpenCC",
        "CXLSXWriter",
        "CLibXML2",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      plugins: ["EmbedResources"]
    ),
    // rules/ and templates/ compiled into the library, so that a binary copied anywhere still
    // has them (ResourceLocator falls back to them when no folder is found beside it).
    .executableTarget(name: "embed-resources", path: "Plugins/EmbedResourcesTool"),
    .plugin(
      name: "EmbedResources",
      capability: .buildTool(),
      dependencies: ["embed-resources"]
    ),
    // The web front end: Hummingbird stays out of ChecklistCore.
    .target(
      name: "ChecklistServer",
      dependencies: [
        "ChecklistCore",
        "CLibCrypto",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .executableTarget(
      name: "checklist",
      dependencies: [
        "ChecklistCore",
        "ChecklistServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ChecklistCoreTests",
      dependencies: ["ChecklistCore", "checklist"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ChecklistServerTests",
      dependencies: [
        "ChecklistServer",
        "ChecklistCore",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ]
)

// Fuzz targets (Fuzz/<Target>/<Target>.swift) exist only when CHECKLIST_FUZZ=1, so that ordinary
// builds, tests and CI never compile them; Scripts/fuzz.sh sets it and adds -sanitize=fuzzer.
// Each `main.swift` hands its test function to libFuzzer's driver (declared in Fuzz/CFuzzer).
if getenv("CHECKLIST_FUZZ").map({ String(cString: $0) }) == "1" {
  package.targets.append(.target(name: "CFuzzer", path: "Fuzz/CFuzzer"))
  let targets = [
    "FuzzDecode", "FuzzSegment", "FuzzTime", "FuzzRules", "FuzzTracker", "FuzzDocx",
    "FuzzPDFLayout", "FuzzWriters",
  ]
  for name in targets {
    // FuzzDocx builds archives around its input, so that mutations reach the XML readers.
    let zip: [Target.Dependency] =
      name == "FuzzDocx" ? [.product(name: "ZIPFoundation", package: "ZIPFoundation")] : []
    package.products.append(.executable(name: name, targets: [name]))
    package.targets.append(
      .executableTarget(
        name: name,
        dependencies: ["ChecklistCore", "CFuzzer"] + zip,
        path: "Fuzz/\(name)"
      )
    )
  }
}
