namespace KimHotspot.Contracts.Tests.Messages;

/// <summary>Fixes the wire format: an accidental rename or reshaping of any message fails here.</summary>
public class GoldenBatchTests
{
    private const string GoldenBatch = """
        {
          "v": 1,
          "siteId": "71.74.01.2001",
          "reports": [
            {
              "siteId": "71.74.01.2001",
              "bootId": "6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f",
              "seq": 1,
              "sampledAt": "2026-11-28T15:00:00+00:00",
              "clockSynced": true,
              "ageMs": 1500,
              "body": {
                "kind": "routerHealth",
                "identity": "kim-desa-1",
                "board": "hAP ax2",
                "version": "7.16.2",
                "uptimeSeconds": 86400,
                "rebooted": false,
                "cpuLoadPercent": 12,
                "memoryFreeBytes": 700000000,
                "memoryTotalBytes": 1073741824,
                "storageFreeBytes": 90000000,
                "storageTotalBytes": 134217728,
                "routerClock": "2026-11-28T15:00:00+00:00",
                "routerClockSynced": true,
                "apiReachable": true,
                "apiRttMs": 3,
                "interfaces": [
                  {
                    "name": "ether1",
                    "rxBytes": 1000000,
                    "txBytes": 250000
                  },
                  {
                    "name": "wlan1",
                    "rxBytes": 240000,
                    "txBytes": 980000
                  }
                ]
              }
            },
            {
              "siteId": "71.74.01.2001",
              "bootId": "6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f",
              "seq": 2,
              "sampledAt": "2026-11-28T15:00:00+00:00",
              "clockSynced": true,
              "ageMs": 1500,
              "body": {
                "kind": "hotspotUsage",
                "intervalStart": "2026-11-28T14:55:00+00:00",
                "intervalEnd": "2026-11-28T15:00:00+00:00",
                "durationMs": 300000,
                "bytesIn": 4096000,
                "bytesOut": 52428800,
                "sessionStarts": 3,
                "sessionEnds": 1,
                "sessionsByLoginMethod": {
                  "http-chap": 2,
                  "trial": 1
                },
                "distinctDevicesToday": 17,
                "deviceHashes": [
                  "q1w2e3r4t5y6",
                  "a1s2d3f4g5h6"
                ],
                "peakConcurrent": 9
              }
            },
            {
              "siteId": "71.74.01.2001",
              "bootId": "6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f",
              "seq": 3,
              "sampledAt": "2026-11-28T15:00:00+00:00",
              "clockSynced": true,
              "ageMs": 1500,
              "body": {
                "kind": "portalHealth",
                "reachable": true,
                "statusCode": 200,
                "responseMs": 41
              }
            },
            {
              "siteId": "71.74.01.2001",
              "bootId": "6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f",
              "seq": 4,
              "sampledAt": "2026-11-28T15:00:00+00:00",
              "clockSynced": true,
              "ageMs": null,
              "body": {
                "kind": "agentHealth",
                "outboxDepth": 12,
                "oldestUnsentAgeSeconds": 600,
                "outboxBytes": 65536,
                "droppedReports": 0,
                "lastAckAt": "2026-11-28T14:50:00+00:00",
                "clockOffsetMs": -1250
              }
            },
            {
              "siteId": "71.74.01.2001",
              "bootId": "6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f",
              "seq": 5,
              "sampledAt": "2026-11-28T15:00:00+00:00",
              "clockSynced": true,
              "ageMs": 1500,
              "body": {
                "kind": "hourlySummary",
                "hourStart": "2026-11-28T14:00:00+00:00",
                "bytesIn": 49152000,
                "bytesOut": 629145600,
                "sessionStarts": 30,
                "sessionEnds": 28,
                "sessionsByLoginMethod": {
                  "http-chap": 25,
                  "trial": 5
                },
                "distinctDevicesToday": 17,
                "deviceHashes": [
                  "q1w2e3r4t5y6"
                ],
                "peakConcurrent": 11,
                "uptimeSecondsMax": 86400,
                "reboots": 0,
                "cpuLoadMaxPercent": 35,
                "cpuLoadSumPercent": 144,
                "memoryFreeMinBytes": 650000000,
                "memoryTotalBytes": 1073741824,
                "storageFreeMinBytes": 90000000,
                "storageTotalBytes": 134217728,
                "routerSamples": 12,
                "apiUnreachableSamples": 0,
                "interfaces": [
                  {
                    "name": "ether1",
                    "rxBytes": 12000000,
                    "txBytes": 3000000
                  }
                ],
                "replacedReports": 24
              }
            }
          ]
        }
        """;

    private const string GoldenAck = """
        {"accepted":[{"bootId":"6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f","seq":1},{"bootId":"6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f","seq":2}],"serverTime":"2026-11-28T15:00:02+00:00"}
        """;

    [Fact]
    public void Serialize_SampleBatch_MatchesGolden()
    {
        Assert.Equal(GoldenBatch.ReplaceLineEndings("\n"), Wire.SerializeIndented(Samples.Batch()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Deserialize_GoldenBatch_EqualsSample()
    {
        Assert.Equivalent(Samples.Batch(), Wire.Batch(GoldenBatch), strict: true);
    }

    [Fact]
    public void Serialize_SampleAck_MatchesGolden()
    {
        Assert.Equal(GoldenAck, Wire.Serialize(Samples.Ack()));
    }

    [Fact]
    public void Deserialize_GoldenAck_EqualsSample()
    {
        Assert.Equivalent(Samples.Ack(), Wire.Ack(GoldenAck), strict: true);
    }
}
