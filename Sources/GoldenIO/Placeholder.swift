import GoldenCore
