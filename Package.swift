// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "checklist",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "checklist", targets: ["checklist"]),
    .library(name: "ChecklistCore", targets: ["ChecklistCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
    .target(
      name: "ChecklistCore",
      dependencies: [
        "CYAML",
        "COpenCC",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .executableTarget(
      name: "checklist",
      dependencies: [
        "ChecklistCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ChecklistCoreTests",
      dependencies: ["ChecklistCore", "checklist"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
